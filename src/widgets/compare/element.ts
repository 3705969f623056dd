/** Custom-element entry of the compact comparison widget (bundled to /widgets/compare.js). */
import payload from 'xyhf:widget-payload/compare';
import css from 'xyhf:widget-css';
import compareCss from './compare-widget.css?shadow';
import { defineWidgetElement } from '../runtime/element';
import type { WidgetPayload } from '../runtime/types';
import { CompareWidget, type CompareWidgetData } from './CompareWidget';

defineWidgetElement(payload as WidgetPayload<CompareWidgetData>, CompareWidget, css + compareCss);
