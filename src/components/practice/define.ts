import { defineElement } from '../../shared/define.js';
import { KapPractice } from './kap-practice.js';

defineElement('kap-practice', KapPractice);
