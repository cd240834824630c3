import { defineElement } from '../../shared/define.js';
import { KapCostEstimator } from './kap-cost-estimator.js';

defineElement('kap-cost-estimator', KapCostEstimator);
