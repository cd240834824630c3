import { defineElement } from '../../shared/define.js';
import { KapIntakeScreen } from './kap-intake-screen.js';

defineElement('kap-intake-screen', KapIntakeScreen);
