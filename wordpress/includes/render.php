<?php
/**
 * The widgets on the page: one block and one shortcode per widget, both rendered here on the
 * server (a saved block holds only its attributes, so a plugin update never invalidates it),
 * and the loader, enqueued only when something rendered a widget.
 *
 * @package kap-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widgets and their attributes, generated from custom-elements.json: `block`, `tag`,
 * `shortcode`, `title`, `attributes` (each `attribute`, `property`, `kind`, `group`, `description`,
 * and for a practice setting its `label` and `defaultText`).
 *
 * @return array[]
 */
function kap_widgets_widgets() {
	return kap_widgets_generated( 'widgets.json' );
}

/** Registers the loader, the editor script, the blocks and the shortcodes. */
function kap_widgets_register() {
	// In the footer: a block or shortcode enqueues it while the content renders, after the head.
	wp_register_script( 'kap-widgets-loader', plugins_url( 'assets/kap-loader.js', KAP_WIDGETS_FILE ), array(), KAP_WIDGETS_VERSION, true );
	wp_register_script(
		'kap-widgets-editor',
		plugins_url( 'assets/editor.js', KAP_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'kap-widgets-loader' ),
		KAP_WIDGETS_VERSION,
		true
	);
	foreach ( kap_widgets_widgets() as $widget ) {
		register_block_type(
			KAP_WIDGETS_DIR . '/blocks/' . substr( $widget['block'], strlen( 'kap/' ) ),
			array(
				'render_callback' => function ( $attributes ) use ( $widget ) {
					return kap_widgets_render( $widget, kap_widgets_block_attributes( $widget, $attributes ) );
				},
			)
		);
		add_shortcode(
			$widget['shortcode'],
			function ( $attributes ) use ( $widget ) {
				return kap_widgets_render( $widget, kap_widgets_shortcode_attributes( $widget, is_array( $attributes ) ? $attributes : array() ) );
			}
		);
	}
}

/** What the editor script needs: the widgets, the site's settings, the way to the settings page. */
function kap_widgets_editor_data() {
	wp_add_inline_script(
		'kap-widgets-editor',
		'window.kapWidgetsEditor = ' . wp_json_encode(
			array(
				'widgets'  => kap_widgets_widgets(),
				'site'     => kap_widgets_site_settings(),
				'settings' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=kap-widgets' ) : null,
			),
			// Inside a script element: a "</script>" in a practice name must stay text.
			JSON_HEX_TAG | JSON_HEX_AMP
		) . ';',
		'before'
	);
}

/**
 * The site's practice settings as saved on the settings page: attribute name => text.
 *
 * @return array<string,string>
 */
function kap_widgets_site_settings() {
	$saved = get_option( KAP_WIDGETS_OPTION, array() );
	return is_array( $saved ) ? array_map( 'strval', $saved ) : array();
}

/**
 * A block's attributes (camelCase) as the element's (kebab-case); unset and empty ones left out.
 *
 * @param array $widget     The widget.
 * @param array $attributes The block's attributes.
 * @return array<string,string|true>
 */
function kap_widgets_block_attributes( array $widget, array $attributes ) {
	$own = array();
	foreach ( $widget['attributes'] as $declared ) {
		$value = isset( $attributes[ $declared['property'] ] ) ? $attributes[ $declared['property'] ] : null;
		if ( 'boolean' === $declared['kind'] ) {
			if ( true === $value ) {
				$own[ $declared['attribute'] ] = true;
			}
		} elseif ( is_scalar( $value ) && '' !== trim( (string) $value ) ) {
			$own[ $declared['attribute'] ] = (string) $value;
		}
	}
	return $own;
}

/**
 * A shortcode's attributes (`medicine_fee="600"`, or a bare `date_picker` for a boolean) as the
 * element's. WordPress lower-cases the names; unknown ones are left out.
 *
 * @param array $widget     The widget.
 * @param array $attributes The shortcode's attributes.
 * @return array<string,string|true>
 */
function kap_widgets_shortcode_attributes( array $widget, array $attributes ) {
	$own = array();
	foreach ( $widget['attributes'] as $declared ) {
		$name = str_replace( '-', '_', $declared['attribute'] );
		if ( 'boolean' === $declared['kind'] ) {
			// A bare flag, as in [kap_intake_screen flag], arrives as a value under a numeric key.
			$bare  = is_int( array_search( $name, $attributes, true ) );
			$given = isset( $attributes[ $name ] ) && ! in_array( strtolower( trim( $attributes[ $name ] ) ), array( '', '0', 'false', 'no', 'off' ), true );
			if ( $bare || $given ) {
				$own[ $declared['attribute'] ] = true;
			}
		} elseif ( isset( $attributes[ $name ] ) && '' !== trim( $attributes[ $name ] ) ) {
			$own[ $declared['attribute'] ] = $attributes[ $name ];
		}
	}
	return $own;
}

/**
 * One widget element: the site's settings, then the block's or shortcode's own attributes over
 * them, every value escaped. Enqueues the loader, so only pages with a widget load it; the
 * first widget of a page comes after the placeholder CSS.
 *
 * @param array $widget The widget.
 * @param array $own    Its own attributes, element names => text, or true for a boolean.
 * @return string HTML.
 */
function kap_widgets_render( array $widget, array $own ) {
	wp_enqueue_script( 'kap-widgets-loader' );
	$html = kap_widgets_placeholders() . '<' . $widget['tag'];
	foreach ( array_merge( kap_widgets_site_settings(), $own ) as $name => $value ) {
		$html .= ' ' . $name . ( true === $value ? '' : '="' . kap_widgets_attr( $value ) . '"' );
	}
	return $html . '></' . $widget['tag'] . '>';
}

/**
 * Before the page's first widget, once: the heights the widgets draw, kept for them while the
 * loader brings their code, so the page below does not jump when they arrive (README.md's
 * placeholder CSS, English and Spanish, copied in by the build). Inline, not a stylesheet in
 * the footer: it must apply before the widgets are first laid out.
 *
 * @return string A style element, or nothing after the first widget.
 */
function kap_widgets_placeholders() {
	static $printed = false;
	if ( $printed ) {
		return '';
	}
	$printed = true;
	$css     = file_get_contents( KAP_WIDGETS_DIR . '/generated/placeholders.css' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin, not a URL.
	return '<style id="kap-widgets-placeholders">' . wp_strip_all_tags( (string) $css ) . '</style>';
}

/**
 * An attribute value, escaped so that the browser reads back exactly what was saved. Not
 * esc_attr(): it leaves an "&amp;" that is already in the text as it is, so a practice name
 * that contains those five characters would reach the widget as "&".
 *
 * @param string $value Plain text.
 * @return string
 */
function kap_widgets_attr( $value ) {
	return htmlspecialchars( (string) $value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8', true );
}

/**
 * Gives the loader `type="module"`: WordPress 6.1 has no script modules, and the loader imports
 * its chunks from beside itself.
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle The script's handle.
 * @return string
 */
function kap_widgets_module_tag( $tag, $handle ) {
	if ( 'kap-widgets-loader' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/(<script\b[^>]*?)\stype=(["\'])[^"\']*\2/', '$1', $tag );
	return preg_replace( '/<script\b(?=[^>]*\bsrc=)/', '<script type="module"', $tag );
}
