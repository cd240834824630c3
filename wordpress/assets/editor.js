/**
 * KAP Widgets in the block editor: one block per widget, with the widget's own settings in the
 * sidebar and the real widget in the canvas (kap-loader.js, loaded beside this script, defines
 * it). A plain script against WordPress's globals, so the plugin needs no build step of its own.
 * The block saves nothing but its attributes: the page is rendered on the server.
 */
( function ( wp, data ) {
	'use strict';
	if ( ! wp || ! wp.blocks || ! data ) {
		return;
	}
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var components = wp.components;

	var ACRONYMS = { url: 'URL', gfe: 'GFE', npi: 'NPI', tin: 'TIN' };

	function capitalize( text ) {
		return text.charAt( 0 ).toUpperCase() + text.slice( 1 );
	}

	/** "share-results-with-page" -> "Share results with page", "gfe-url" -> "GFE URL". */
	function label( attribute ) {
		return capitalize( attribute.split( '-' ).map( function ( word ) {
			return ACRONYMS[ word ] || word;
		} ).join( ' ' ) );
	}

	/** The manifest's descriptions are Markdown; the sidebar shows plain text. */
	function plain( text ) {
		return capitalize( text.replace( /`/g, '' ) );
	}

	function control( declared, attributes, setAttributes ) {
		var value = attributes[ declared.property ];
		var set = function ( next ) {
			var change = {};
			change[ declared.property ] = next;
			setAttributes( change );
		};
		var common = { key: declared.attribute, label: declared.label || label( declared.attribute ) };
		if ( declared.kind === 'boolean' ) {
			return el( components.ToggleControl, Object.assign( common, {
				help: plain( declared.description ),
				checked: value === true,
				onChange: set,
			} ) );
		}
		var site = data.site[ declared.attribute ];
		var help = declared.group === 'practice'
			? ( site === undefined
				? ( declared.defaultText === 'none'
					? __( 'Empty: not set, as on the site.', 'kap-widgets' )
					/* translators: %s: the widget's default value. */
					: sprintf( __( 'Empty: the default, %s.', 'kap-widgets' ), declared.defaultText ) )
				/* translators: %s: the site's value of this setting. */
				: sprintf( __( 'Empty: the site\'s setting, %s.', 'kap-widgets' ), site ) )
			: plain( declared.description );
		if ( declared.choices ) {
			return el( components.SelectControl, Object.assign( common, {
				help: help,
				value: value || '',
				options: [ { label: __( 'Default', 'kap-widgets' ), value: '' } ].concat(
					declared.choices.map( function ( choice ) {
						return { label: choice, value: choice };
					} )
				),
				onChange: function ( next ) {
					set( next || undefined );
				},
			} ) );
		}
		return el( components.TextControl, Object.assign( common, {
			help: help,
			value: value || '',
			placeholder: site || '',
			onChange: function ( next ) {
				set( next === '' ? undefined : next );
			},
		} ) );
	}

	/** The element's attributes as the server writes them: the site's, then the block's own. */
	function elementAttributes( widget, attributes ) {
		var out = Object.assign( {}, data.site );
		widget.attributes.forEach( function ( declared ) {
			var value = attributes[ declared.property ];
			if ( declared.kind === 'boolean' ) {
				if ( value === true ) {
					out[ declared.attribute ] = '';
				}
			} else if ( typeof value === 'string' && value.trim() !== '' ) {
				out[ declared.attribute ] = value;
			}
		} );
		return out;
	}

	data.widgets.forEach( function ( widget ) {
		var own = widget.attributes.filter( function ( declared ) {
			return declared.group === 'widget';
		} );
		var practice = widget.attributes.filter( function ( declared ) {
			return declared.group === 'practice';
		} );
		wp.blocks.registerBlockType( widget.block, {
			edit: function ( props ) {
				var controls = function ( list ) {
					return list.map( function ( declared ) {
						return control( declared, props.attributes, props.setAttributes );
					} );
				};
				return el(
					wp.element.Fragment,
					null,
					el(
						InspectorControls,
						null,
						own.length ? el( components.PanelBody, { title: __( 'Widget settings', 'kap-widgets' ) }, controls( own ) ) : null,
						el(
							components.PanelBody,
							{ title: __( 'Practice settings for this block', 'kap-widgets' ), initialOpen: false },
							el( 'p', null, data.settings
								? el( components.ExternalLink, { href: data.settings }, __( 'The site\'s settings: Settings > KAP Widgets', 'kap-widgets' ) )
								: __( 'The site\'s settings are under Settings > KAP Widgets.', 'kap-widgets' ) ),
							controls( practice )
						)
					),
					el( 'div', useBlockProps(), el( widget.tag, elementAttributes( widget, props.attributes ) ) )
				);
			},
			save: function () {
				return null;
			},
		} );
	} );
}( window.wp, window.kapWidgetsEditor ) );
