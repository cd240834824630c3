<?php
/**
 * Plugin Name:       KAP Widgets
 * Description:       A process timeline, a cost estimator, a consultation request form and a private self-screen for ketamine-assisted psychotherapy practices, as blocks and shortcodes, with the practice's details entered once under Settings > KAP Widgets.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            kap-widgets
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       kap-widgets
 *
 * @package kap-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'KAP_WIDGETS_VERSION', '0.1.0' );
define( 'KAP_WIDGETS_FILE', __FILE__ );
define( 'KAP_WIDGETS_DIR', __DIR__ );
/** The one option that holds every practice setting: attribute name => the text as entered. */
define( 'KAP_WIDGETS_OPTION', 'kap_widgets_settings' );

require_once __DIR__ . '/includes/rules.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings-page.php';

add_action( 'init', 'kap_widgets_register' );
add_action( 'enqueue_block_editor_assets', 'kap_widgets_editor_data' );
add_filter( 'script_loader_tag', 'kap_widgets_module_tag', 10, 2 );
add_action( 'admin_menu', 'kap_widgets_add_settings_page' );
add_action( 'admin_init', 'kap_widgets_register_settings' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'kap_widgets_action_links' );
