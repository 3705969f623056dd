/** Custom-element entry of the subsidy widget (bundled to /widgets/subsidy.js). */
import payload from 'xyhf:widget-payload/subsidy';
import css from 'xyhf:widget-css';
import shellCss from '../../styles/calc-shell.css?shadow';
import chartCss from '../../styles/calc-charts.css?shadow';
import calcCss from '../../styles/calculators.css?shadow';
import ownCss from '../../styles/subsidy.css?shadow';
import { defineWidgetElement } from '../runtime/element';
import type { WidgetPayload } from '../runtime/types';
import { SubsidyWidget, type SubsidyWidgetData } from './SubsidyWidget';

defineWidgetElement(payload as WidgetPayload<SubsidyWidgetData>, SubsidyWidget, css + shellCss + chartCss + calcCss + ownCss);
