/** Custom-element entry of the payment-planner widget (bundled to /widgets/payment-planner.js). */
import payload from 'xyhf:widget-payload/payment-planner';
import css from 'xyhf:widget-css';
import calcCss from '../../styles/calc-shell.css?shadow';
import plannerCss from '../../styles/payment-planner.css?shadow';
import { defineWidgetElement } from '../runtime/element';
import type { WidgetPayload } from '../runtime/types';
import { PaymentWidget, type PaymentWidgetData } from './PaymentWidget';

defineWidgetElement(payload as WidgetPayload<PaymentWidgetData>, PaymentWidget, css + calcCss + plannerCss);
