/** Custom-element entry of the demo widget (bundled to /widgets/demo.js). */
import payload from 'xyhf:widget-payload/demo';
import css from 'xyhf:widget-css';
import { defineWidgetElement } from '../runtime/element';
import type { WidgetPayload } from '../runtime/types';
import { ShareDemo, type ShareDemoData } from './ShareDemo';

defineWidgetElement(payload as WidgetPayload<ShareDemoData>, ShareDemo, css);
