// The chunk of dist/chunks/ with <kap-booking-request>'s Spanish: dist/kap-loader.js fetches it beside the
// widget's chunk where the widget's language is Spanish, and the widget fetches it when its
// language becomes Spanish later.
import '../components/booking-request/messages.es.js';
