/** The four widgets, in the order the demo page shows them. */
export const WIDGET_TAGS = ['kap-process-timeline', 'kap-cost-estimator', 'kap-booking-request', 'kap-intake-screen'] as const;

/** Every element the package defines: the practice settings element and the widgets. */
export const TAGS = ['kap-practice', ...WIDGET_TAGS] as const;
