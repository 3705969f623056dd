/**
 * Imported first by every iframe entry (src/widgets/<id>/frame.ts): fills in the newer built-ins
 * an old browser lacks before any other module of the bundle runs (legacy.ts). Only ever in our
 * own iframe document, never in a host page.
 */
import { fillNewerBuiltins } from './legacy';

fillNewerBuiltins();
