<?php
/**
 * Settings > KAP Widgets: every practice setting in one option, checked with the widgets' own
 * rules and messages. The Settings API gives the capability check and the nonce. A refused value
 * is named in a notice and beside its field, shown back as it was typed, and not saved; the
 * other values of the same submission are saved.
 *
 * @package kap-widgets
 */

defined( 'ABSPATH' ) || exit;

/** The sections of the page, by the settings table's `group`, in the configurator's words. */
function kap_widgets_sections() {
	return array(
		'practice' => array(
			'title' => __( 'About the practice', 'kap-widgets' ),
			'intro' => __( 'Used by every KAP widget on this site. Leave a field empty to use the default shown under it. A block or shortcode can set its own value, which then wins on that page.', 'kap-widgets' ),
		),
		'sessions' => array(
			'title' => __( 'Fees and sessions', 'kap-widgets' ),
			'intro' => '',
		),
		'language' => array(
			'title' => __( 'Currency, language and time zone', 'kap-widgets' ),
			'intro' => '',
		),
		'gfe'      => array(
			'title' => __( 'Good Faith Estimate (optional)', 'kap-widgets' ),
			'intro' => __( 'With your NPI, EIN and office address, the cost estimator can issue a Good Faith Estimate to self-pay clients. Leave these empty and it shows an informal estimate with a link to ask you for one.', 'kap-widgets' ),
		),
	);
}

/** Adds Settings > KAP Widgets. */
function kap_widgets_add_settings_page() {
	add_options_page( __( 'KAP Widgets', 'kap-widgets' ), __( 'KAP Widgets', 'kap-widgets' ), 'manage_options', 'kap-widgets', 'kap_widgets_settings_page' );
}

/**
 * A "Settings" link beside Deactivate on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function kap_widgets_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=kap-widgets' ) ) . '">' . esc_html__( 'Settings', 'kap-widgets' ) . '</a>' );
	return $links;
}

/** The option, its sections and one field per practice setting. */
function kap_widgets_register_settings() {
	register_setting(
		'kap_widgets',
		KAP_WIDGETS_OPTION,
		array(
			'type'              => 'object',
			'default'           => array(),
			'sanitize_callback' => 'kap_widgets_sanitize_settings',
		)
	);
	foreach ( kap_widgets_sections() as $group => $section ) {
		add_settings_section(
			'kap-' . $group,
			$section['title'],
			function () use ( $section ) {
				if ( '' !== $section['intro'] ) {
					echo '<p>' . esc_html( $section['intro'] ) . '</p>';
				}
			},
			'kap-widgets'
		);
	}
	foreach ( kap_widgets_settings() as $setting ) {
		add_settings_field(
			'kap-' . $setting['attribute'],
			esc_html( $setting['label'] ),
			'kap_widgets_settings_field',
			'kap-widgets',
			'kap-' . $setting['group'],
			array(
				'label_for' => 'kap-' . $setting['attribute'],
				'setting'   => $setting,
			)
		);
	}
}

/**
 * What the last submission had refused, for this user: `values` as typed and `messages`, by
 * attribute. Read once per page, then forgotten.
 *
 * @return array{values: array<string,string>, messages: array<string,string>}
 */
function kap_widgets_refused() {
	static $refused = null;
	if ( null === $refused ) {
		$key     = 'kap_widgets_refused_' . get_current_user_id();
		$stored  = get_transient( $key );
		$refused = is_array( $stored ) ? $stored : array(
			'values'   => array(),
			'messages' => array(),
		);
		delete_transient( $key );
	}
	return $refused;
}

/**
 * One field: the saved value, or the refused one as typed with the message beside it.
 *
 * @param array $args `label_for` and `setting`.
 */
function kap_widgets_settings_field( array $args ) {
	$setting   = $args['setting'];
	$attribute = $setting['attribute'];
	$id        = $args['label_for'];
	$refused   = kap_widgets_refused();
	$saved     = kap_widgets_site_settings();
	$message   = isset( $refused['messages'][ $attribute ] ) ? $refused['messages'][ $attribute ] : null;
	if ( null !== $message ) {
		$value = $refused['values'][ $attribute ];
	} else {
		$value = isset( $saved[ $attribute ] ) ? $saved[ $attribute ] : '';
	}
	$described = $id . '-description' . ( null === $message ? '' : ' ' . $id . '-error' );
	printf(
		'<input type="text" class="regular-text" id="%1$s" name="%2$s[%3$s]" value="%4$s" aria-describedby="%5$s"%6$s>',
		esc_attr( $id ),
		esc_attr( KAP_WIDGETS_OPTION ),
		esc_attr( $attribute ),
		kap_widgets_attr( $value ), // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by kap_widgets_attr(), which keeps an "&amp;" in the text.
		esc_attr( $described ),
		null === $message ? '' : ' aria-invalid="true"'
	);
	if ( null !== $message ) {
		printf(
			'<p class="kap-widgets-error" id="%1$s-error" style="color:#b32d2e"><strong>%2$s</strong> <span class="kap-widgets-message">%3$s</span></p>',
			esc_attr( $id ),
			esc_html__( 'Not saved:', 'kap-widgets' ),
			esc_html( $message )
		);
	}
	$default = $setting['defaultText'];
	$hint    = $setting['hint'];
	if ( 'none' !== $default && false === strpos( $hint, 'Empty' ) ) {
		/* translators: 1: the field's help line, 2: the value a widget uses when the field is empty. */
		$hint = sprintf( __( '%1$s Empty: %2$s.', 'kap-widgets' ), $hint, $default );
	}
	printf(
		'<p class="description" id="%1$s-description">%2$s <span class="kap-widgets-attribute">(<code>%3$s</code>)</span></p>',
		esc_attr( $id ),
		esc_html( $hint ),
		esc_html( $attribute )
	);
}

/**
 * Checks a submission with the widgets' rules. Valid values are saved; a refused one keeps the
 * value saved before, is reported with its field named, and is kept as typed for the page that
 * follows (options.php redirects back to it).
 *
 * @param mixed $input The submitted values, by attribute.
 * @return array<string,string> What is saved.
 */
function kap_widgets_sanitize_settings( $input ) {
	// When the option does not exist yet, WordPress runs this again on what it returned: valid
	// values only, so that second run reports nothing and returns them unchanged.
	$input = is_array( $input ) ? $input : array();
	$saved = kap_widgets_site_settings();
	$given = array();
	foreach ( kap_widgets_settings() as $setting ) {
		$attribute = $setting['attribute'];
		if ( isset( $input[ $attribute ] ) && is_string( $input[ $attribute ] ) && '' !== kap_widgets_trim( $input[ $attribute ] ) ) {
			$given[ $attribute ] = $input[ $attribute ];
		}
	}
	$parsed = kap_widgets_parse_settings( $given );
	// A refused currency leaves the saved one in place: the fees are read in it, as the widgets will.
	if ( isset( $saved['currency'] ) && in_array( 'currency', array_column( $parsed['issues'], 'attribute' ), true ) ) {
		$parsed = kap_widgets_parse_settings( $given, strtoupper( $saved['currency'] ) );
	}
	$refused = array(
		'values'   => array(),
		'messages' => array(),
	);
	$labels  = array_column( kap_widgets_settings(), 'label', 'attribute' );
	foreach ( $parsed['issues'] as $issue ) {
		$attribute                         = $issue['attribute'];
		$refused['values'][ $attribute ]   = $issue['value'];
		$refused['messages'][ $attribute ] = $issue['message'];
		add_settings_error( KAP_WIDGETS_OPTION, 'kap-' . $attribute, $labels[ $attribute ] . ': ' . $issue['message'] . ' ' . __( 'Not saved.', 'kap-widgets' ), 'error' );
	}
	$saved_now = array();
	foreach ( kap_widgets_settings() as $setting ) {
		$attribute = $setting['attribute'];
		if ( isset( $parsed['values'][ $attribute ] ) ) {
			$saved_now[ $attribute ] = $parsed['values'][ $attribute ];
		} elseif ( isset( $refused['values'][ $attribute ], $saved[ $attribute ] ) ) {
			$saved_now[ $attribute ] = $saved[ $attribute ];
		}
	}
	if ( $parsed['issues'] ) {
		set_transient( 'kap_widgets_refused_' . get_current_user_id(), $refused, 10 * MINUTE_IN_SECONDS );
		add_settings_error( KAP_WIDGETS_OPTION, 'kap-others-saved', __( 'Everything else was saved. The fields named above show what you typed: correct them and save again.', 'kap-widgets' ), 'warning' );
	}
	return $saved_now;
}

/** The settings page. */
function kap_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="options.php" method="post" novalidate>';
	settings_fields( 'kap_widgets' );
	do_settings_sections( 'kap-widgets' );
	submit_button();
	echo '</form></div>';
}
