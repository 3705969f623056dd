/** Custom-element entry of the reward-split widget (bundled to /widgets/reward-split.js). */
import payload from 'xyhf:widget-payload/reward-split';
import css from 'xyhf:widget-css';
import shellCss from '../../styles/calc-shell.css?shadow';
import chartCss from '../../styles/calc-charts.css?shadow';
import calcCss from '../../styles/calculators.css?shadow';
import ownCss from '../../styles/reward-split.css?shadow';
import { defineWidgetElement } from '../runtime/element';
import type { WidgetPayload } from '../runtime/types';
import { RewardWidget, type RewardWidgetData } from './RewardWidget';

defineWidgetElement(payload as WidgetPayload<RewardWidgetData>, RewardWidget, css + shellCss + chartCss + calcCss + ownCss);
