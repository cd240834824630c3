import { defineElement } from '../../shared/define.js';
import { KapProcessTimeline } from './kap-process-timeline.js';

defineElement('kap-process-timeline', KapProcessTimeline);
