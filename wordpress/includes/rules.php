<?php
/**
 * The practice settings' rules, checked as the widgets check them. The list of settings, their
 * limits and every word of every message come from generated/settings.json, which the build
 * writes from the widgets' own core; this file only decides whether a value passes and, if not,
 * which of the core's messages applies.
 *
 * @package kap-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * One of the files the build writes into generated/, decoded; cached for the request.
 *
 * @param string $name The file's name, like `settings.json`.
 * @return array An empty array if the file is missing or broken.
 */
function kap_widgets_generated( $name ) {
	static $files = array();
	if ( ! isset( $files[ $name ] ) ) {
		$json           = file_get_contents( KAP_WIDGETS_DIR . '/generated/' . $name ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin, not a URL.
		$decoded        = json_decode( (string) $json, true );
		$files[ $name ] = is_array( $decoded ) ? $decoded : array();
	}
	return $files[ $name ];
}

/**
 * The generated settings table: `settings` (each with key, attribute, label, meaning,
 * defaultText, hint, rule, group and messages), `issueFormat` and the `data` the rules need.
 *
 * @return array
 */
function kap_widgets_table() {
	return kap_widgets_generated( 'settings.json' ) + array(
		'settings'    => array(),
		'issueFormat' => '',
		'data'        => array(),
	);
}

/**
 * The practice settings, in the order the widgets read them (currency before the fees).
 *
 * @return array[]
 */
function kap_widgets_settings() {
	return kap_widgets_table()['settings'];
}

/** JavaScript's whitespace (String.prototype.trim and \s), which is not PCRE's \s. */
const KAP_WIDGETS_SPACE = '\x{0009}-\x{000D}\x{0020}\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';

/**
 * Trims as JavaScript does.
 *
 * @param string $value Any UTF-8 text.
 * @return string
 */
function kap_widgets_trim( $value ) {
	$trimmed = preg_replace( '/^[' . KAP_WIDGETS_SPACE . ']+|[' . KAP_WIDGETS_SPACE . ']+$/u', '', $value );
	return null === $trimmed ? $value : $trimmed;
}

/**
 * The length JavaScript gives a string: UTF-16 code units, so an emoji counts two.
 *
 * @param string $value UTF-8 text.
 * @return int
 */
function kap_widgets_js_length( $value ) {
	return (int) preg_match_all( '/./su', $value ) + (int) preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $value );
}

/**
 * A value inside a message, cut as the core cuts it (60 UTF-16 units at most) and quoted.
 *
 * @param string $value The value as given.
 * @return string
 */
function kap_widgets_quote_value( $value ) {
	if ( kap_widgets_js_length( $value ) <= 60 ) {
		return '"' . $value . '"';
	}
	$shown = '';
	$units = 0;
	foreach ( preg_split( '//u', $value, -1, PREG_SPLIT_NO_EMPTY ) as $char ) {
		$units += strlen( $char ) === 4 ? 2 : 1;
		if ( $units > 57 ) {
			break;
		}
		$shown .= $char;
	}
	return '"' . $shown . '..."';
}

/**
 * The core's message for a refused value: `attribute="value" can't be used. <what is accepted>`.
 *
 * @param string $attribute The setting's attribute name.
 * @param string $value     The value as given.
 * @param string $accepted  What would be accepted, in the core's words.
 * @return string
 */
function kap_widgets_issue_message( $attribute, $value, $accepted ) {
	return strtr(
		kap_widgets_table()['issueFormat'],
		array(
			'{attribute}' => $attribute,
			'"{value}"'   => kap_widgets_quote_value( $value ),
			'{accepted}'  => $accepted,
		)
	);
}

/**
 * Reads practice settings as the widgets read their attributes: absent ones stay absent, present
 * but wrong ones become issues with the widgets' own messages. Values are kept as entered
 * (trimmed); the widgets read them again on the page.
 *
 * @param array       $input              Attribute name => text; null means not set.
 * @param string|null $inherited_currency The currency fees are read in when $input sets none.
 * @return array{values: array<string,string>, issues: array[]}
 */
function kap_widgets_parse_settings( array $input, $inherited_currency = null ) {
	$values = array();
	$issues = array();
	$data   = kap_widgets_table()['data'];
	foreach ( kap_widgets_settings() as $setting ) {
		$attribute = $setting['attribute'];
		if ( ! isset( $input[ $attribute ] ) ) {
			continue;
		}
		// Form posts are UTF-8; a broken byte would make every pattern below fail silently.
		$raw      = wp_check_invalid_utf8( (string) $input[ $attribute ], true );
		$currency = isset( $values['currency'] ) ? strtoupper( $values['currency'] ) : ( $inherited_currency ? $inherited_currency : 'USD' );
		$failure  = kap_widgets_check( $setting['rule'], $raw, $currency, $data );
		if ( null === $failure ) {
			$values[ $attribute ] = kap_widgets_trim( $raw );
			continue;
		}
		$accepted = strtr(
			$setting['messages'][ $failure ],
			array(
				'{currency}' => $currency,
				'{code}'     => strtoupper( kap_widgets_trim( $raw ) ),
			)
		);
		$issues[] = array(
			'attribute' => $attribute,
			'value'     => $raw,
			'message'   => kap_widgets_issue_message( $attribute, $raw, $accepted ),
		);
	}
	return array(
		'values' => $values,
		'issues' => $issues,
	);
}

/**
 * Whether one value passes its rule.
 *
 * @param array  $rule     The rule of the settings table (`kind` and its limits).
 * @param string $raw      The value as given.
 * @param string $currency The currency a money value is written in.
 * @param array  $data     The table's data: currencies, languages, time zones, states, limits.
 * @return string|null Null when it passes, else the way it fails (a key of the setting's messages).
 */
function kap_widgets_check( array $rule, $raw, $currency, array $data ) {
	$text = kap_widgets_trim( $raw );
	switch ( $rule['kind'] ) {
		case 'text':
			if ( '' === $text ) {
				return 'empty';
			}
			return kap_widgets_js_length( $text ) > $rule['max'] ? 'long' : null;
		case 'currency':
			$code = strtoupper( $text );
			return preg_match( '/^[A-Z]{3}$/D', $code ) && isset( $data['currencies'][ $code ] ) ? null : 'bad';
		case 'locale':
			return kap_widgets_locale_ok( $text, $data['languages'] ) ? null : 'bad';
		case 'timezone':
			return kap_widgets_time_zone_ok( $text, $data['timeZones'] ) ? null : 'bad';
		case 'money':
			return kap_widgets_money_ok( $text, kap_widgets_minor_digits( $currency, $data ), $data['maxCents'] ) ? null : (string) kap_widgets_minor_digits( $currency, $data );
		case 'count':
			return preg_match( '/^[0-9]{1,4}$/D', $text ) && (int) $text >= $rule['min'] && (int) $text <= $rule['max'] ? null : 'bad';
		case 'states':
			$codes = preg_split( '/[' . KAP_WIDGETS_SPACE . ',]+/u', strtoupper( $raw ), -1, PREG_SPLIT_NO_EMPTY );
			return $codes && ! array_diff( $codes, $data['usStates'] ) ? null : 'bad';
		case 'url':
			return kap_widgets_url_ok( $text, $rule['allow'] ) ? null : 'bad';
		case 'email':
			return strlen( $text ) <= 254 && preg_match( '/' . str_replace( '/', '\/', $data['emailPattern'] ) . '/D', $text ) ? null : 'bad';
		case 'phone':
			$digits = strlen( (string) preg_replace( '/[^0-9]/', '', $text ) );
			return preg_match( '/^\+?[0-9' . KAP_WIDGETS_SPACE . '().\-]+$/uD', $text ) && $digits >= 7 && $digits <= 15 ? null : 'bad';
		case 'npi':
			if ( ! preg_match( '/^[0-9]{10}$/D', $text ) ) {
				return 'format';
			}
			return kap_widgets_npi_ok( $text ) ? null : 'check';
		case 'ein':
			return preg_match( '/^[0-9]{2}-?[0-9]{7}$/D', $text ) && ! preg_match( '/^0{2}-?0{7}$/D', $text ) ? null : 'bad';
		case 'service-code':
			$code = strtoupper( $text );
			if ( in_array( $code, $data['deletedServiceCodes'], true ) ) {
				return 'deleted';
			}
			return preg_match( '/^(?:[0-9]{5}|[0-9]{4}[A-Z]|[A-Z][0-9]{4})$/D', $code ) ? null : 'bad';
	}
	return 'bad';
}

/**
 * An NPI's check digit: the Luhn formula over the number with the prefix 80840.
 *
 * @param string $npi Ten digits.
 * @return bool
 */
function kap_widgets_npi_ok( $npi ) {
	$digits = strrev( '80840' . substr( $npi, 0, 9 ) );
	$sum    = 0;
	for ( $i = 0; $i < strlen( $digits ); $i++ ) {
		$digit = (int) $digits[ $i ];
		if ( 0 === $i % 2 ) {
			$digit = $digit * 2 > 9 ? $digit * 2 - 9 : $digit * 2;
		}
		$sum += $digit;
	}
	return ( 10 - $sum % 10 ) % 10 === (int) $npi[9];
}

/**
 * How many decimals a currency has (USD 2, JPY 0), as the browser's Intl says.
 *
 * @param string $currency ISO 4217 code.
 * @param array  $data     The table's data.
 * @return int
 */
function kap_widgets_minor_digits( $currency, array $data ) {
	return isset( $data['currencies'][ $currency ] ) ? (int) $data['currencies'][ $currency ] : 2;
}

/**
 * An amount in major units with digits only ("555", "555.50"): no sign, no separators, no more
 * decimals than the currency has, and no more than the core's largest amount.
 *
 * @param string $text      The trimmed value.
 * @param int    $digits    The currency's decimals.
 * @param int    $max_cents The largest amount, in minor units.
 * @return bool
 */
function kap_widgets_money_ok( $text, $digits, $max_cents ) {
	if ( ! preg_match( '/^([0-9]+)(?:\.([0-9]+))?$/D', $text, $match ) ) {
		return false;
	}
	$fraction = isset( $match[2] ) ? $match[2] : '';
	$whole    = ltrim( $match[1], '0' );
	if ( strlen( $fraction ) > $digits || strlen( $whole ) > 12 ) {
		return false;
	}
	return (int) ( $whole . str_pad( $fraction, $digits, '0' ) ) <= $max_cents;
}

/**
 * A well-formed Unicode locale identifier (what Intl.getCanonicalLocales accepts) whose language
 * the browser can format numbers for.
 *
 * @param string   $text      The trimmed value.
 * @param string[] $languages The language subtags Intl supports.
 * @return bool
 */
function kap_widgets_locale_ok( $text, array $languages ) {
	$parts = explode( '-', strtolower( $text ) );
	foreach ( $parts as $part ) {
		if ( ! preg_match( '/^[a-z0-9]{1,8}$/D', $part ) ) {
			return false;
		}
	}
	if ( ! preg_match( '/^(?:[a-z]{2,3}|[a-z]{5,8})$/D', $parts[0] ) ) {
		return false;
	}
	$i = kap_widgets_language_id_end( $parts, 0 );
	if ( false === $i ) {
		return false;
	}
	$count      = count( $parts );
	$singletons = array();
	while ( $i < $count ) {
		$singleton = $parts[ $i ];
		if ( strlen( $singleton ) !== 1 || isset( $singletons[ $singleton ] ) ) {
			return false;
		}
		$singletons[ $singleton ] = true;
		$end                      = $i + 1;
		while ( $end < $count && ( 'x' === $singleton || strlen( $parts[ $end ] ) >= 2 ) ) {
			++$end;
		}
		$subtags = array_slice( $parts, $i + 1, $end - $i - 1 );
		if ( ! $subtags || ! kap_widgets_extension_ok( $singleton, $subtags ) ) {
			return false;
		}
		$i = $end;
	}
	return in_array( $parts[0], $languages, true );
}

/**
 * Reads a language id (language, script, region, variants) from $start: where it ends, or
 * false when a variant repeats.
 *
 * @param string[] $parts The subtags, lower case.
 * @param int      $start Where the language subtag is.
 * @return int|false
 */
function kap_widgets_language_id_end( array $parts, $start ) {
	$count = count( $parts );
	$i     = $start + 1;
	if ( $i < $count && preg_match( '/^[a-z]{4}$/D', $parts[ $i ] ) ) {
		++$i;
	}
	if ( $i < $count && preg_match( '/^(?:[a-z]{2}|[0-9]{3})$/D', $parts[ $i ] ) ) {
		++$i;
	}
	$variants = array();
	while ( $i < $count && preg_match( '/^(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3})$/D', $parts[ $i ] ) ) {
		if ( in_array( $parts[ $i ], $variants, true ) ) {
			return false;
		}
		$variants[] = $parts[ $i ];
		++$i;
	}
	return $i;
}

/**
 * One extension's subtags: `u` keys are a character and a letter; `t` starts with a language
 * id or a field (a letter and a digit, then values); `x` takes one to eight characters each.
 *
 * @param string   $singleton The extension's letter.
 * @param string[] $subtags   Its subtags (at least one).
 * @return bool
 */
function kap_widgets_extension_ok( $singleton, array $subtags ) {
	if ( 'u' === $singleton ) {
		foreach ( $subtags as $subtag ) {
			if ( strlen( $subtag ) === 2 && ! preg_match( '/^[a-z0-9][a-z]$/D', $subtag ) ) {
				return false;
			}
		}
		return true;
	}
	if ( 't' !== $singleton ) {
		return true;
	}
	$i     = 0;
	$count = count( $subtags );
	if ( preg_match( '/^(?:[a-z]{2,3}|[a-z]{5,8})$/D', $subtags[0] ) ) {
		$i = kap_widgets_language_id_end( $subtags, 0 );
		if ( false === $i ) {
			return false;
		}
	}
	while ( $i < $count ) {
		if ( ! preg_match( '/^[a-z][0-9]$/D', $subtags[ $i ] ) ) {
			return false;
		}
		$values = 0;
		for ( ++$i; $i < $count && preg_match( '/^[a-z0-9]{3,8}$/D', $subtags[ $i ] ); ++$i ) {
			++$values;
		}
		if ( 0 === $values ) {
			return false;
		}
	}
	return true;
}

/**
 * A time zone the browser knows, in any letter case: the IANA names, with the old names
 * (US/Pacific, Asia/Calcutta) that browsers still accept.
 *
 * @param string   $text       The trimmed value.
 * @param string[] $time_zones The zones Intl lists.
 * @return bool
 */
function kap_widgets_time_zone_ok( $text, array $time_zones ) {
	if ( '' === $text ) {
		return false;
	}
	// PHP's list also names files of the time zone database (leapseconds, tzdata.zi) and the
	// placeholder zone Factory, which browsers refuse.
	$old_names = preg_grep( '/^(?!Factory$)[A-Z][A-Za-z0-9_+\-\/]*$/D', DateTimeZone::listIdentifiers( DateTimeZone::ALL_WITH_BC ) );
	return in_array( strtolower( $text ), array_map( 'strtolower', array_merge( $time_zones, $old_names ) ), true );
}

/**
 * A URL as the widgets accept it: http(s) with a host; `mailto:` and `tel:` too where a link
 * makes sense ($allow `link`); a path starting with one "/" (read against the page's address).
 * `javascript:` and every other scheme fail.
 *
 * @param string $text  The trimmed value.
 * @param string $allow `http` or `link`.
 * @return bool
 */
function kap_widgets_url_ok( $text, $allow ) {
	if ( '/' === substr( $text, 0, 1 ) ) {
		return '/' !== substr( $text, 1, 1 );
	}
	// A URL parser drops tabs and line breaks anywhere in the address before reading it.
	$text = str_replace( array( "\t", "\n", "\r" ), '', $text );
	if ( ! preg_match( '/^([A-Za-z][A-Za-z0-9+.\-]*):(.*)$/sD', $text, $match ) ) {
		return false;
	}
	$scheme = strtolower( $match[1] );
	if ( 'mailto' === $scheme || 'tel' === $scheme ) {
		return 'link' === $allow;
	}
	if ( 'http' !== $scheme && 'https' !== $scheme ) {
		return false;
	}
	$rest      = ltrim( $match[2], '/\\' );
	$authority = preg_split( '/[\/\\\\?#]/', $rest, 2 )[0];
	$at        = strrpos( $authority, '@' );
	$host_port = false === $at ? $authority : substr( $authority, $at + 1 );
	if ( '[' === substr( $host_port, 0, 1 ) ) {
		return (bool) preg_match( '/^\[[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\](?::[0-9]*)?$/D', $host_port );
	}
	$colon = strpos( $host_port, ':' );
	$host  = false === $colon ? $host_port : substr( $host_port, 0, $colon );
	$port  = false === $colon ? '' : substr( $host_port, $colon + 1 );
	if ( ! preg_match( '/^[0-9]*$/D', $port ) || ( '' !== $port && (int) ltrim( $port, '0' ) > 65535 ) ) {
		return false;
	}
	$host = rawurldecode( $host );
	if ( '' === $host || preg_match( '/[\x00-\x20#%\/:<>?@\[\\\\\]^|\x7F]/', $host ) ) {
		return false;
	}
	return kap_widgets_ipv4_ok( strtolower( $host ) );
}

/**
 * A host whose last label is a number is an IPv4 address (`1.2.3.4`, `0x7f.1`) and must be a
 * valid one; any other host passes here.
 *
 * @param string $host The decoded host, lower case.
 * @return bool
 */
function kap_widgets_ipv4_ok( $host ) {
	$labels = explode( '.', $host );
	if ( count( $labels ) > 1 && '' === end( $labels ) ) {
		array_pop( $labels );
	}
	if ( ! preg_match( '/^(?:[0-9]+|0x[0-9a-f]*)$/D', end( $labels ) ) ) {
		return true;
	}
	if ( count( $labels ) > 4 ) {
		return false;
	}
	$last = count( $labels ) - 1;
	foreach ( $labels as $index => $label ) {
		if ( preg_match( '/^0x([0-9a-f]*)$/D', $label, $hex ) ) {
			$value = '' === $hex[1] ? 0 : hexdec( $hex[1] );
		} elseif ( preg_match( '/^0[0-7]*$/D', $label ) ) {
			$value = octdec( $label );
		} elseif ( preg_match( '/^[1-9][0-9]*$/D', $label ) ) {
			$value = (float) $label;
		} else {
			return false;
		}
		if ( ( $index < $last && $value > 255 ) || ( $index === $last && $value >= pow( 256, 4 - $last ) ) ) {
			return false;
		}
	}
	return true;
}
