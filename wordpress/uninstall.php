<?php
/**
 * Deleting the plugin deletes the practice settings it stored, on every site of a network.
 *
 * @package kap-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $kap_widgets_site ) {
		switch_to_blog( $kap_widgets_site );
		delete_option( 'kap_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'kap_widgets_settings' );
}
