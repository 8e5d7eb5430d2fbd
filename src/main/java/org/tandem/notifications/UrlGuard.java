package org.tandem.notifications;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.tandem.platform.InputRejectedException;

/**
 * Keeps Tandem from being used to reach inside its own network (SSRF): an address must be
 * http(s), and every address its host resolves to must be public, unless an admin allowed
 * the host. Checked when a destination is saved and again, after a fresh DNS lookup,
 * before each delivery.
 */
final class UrlGuard {

	private UrlGuard() {
	}

	/** The address as a URI, if it may be called; otherwise refused, naming the field. */
	static URI check(String url, String field, Supplier<Set<String>> allowedHosts) {
		URI uri;
		try {
			uri = URI.create(url.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InputRejectedException(field, "is not a web address");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new InputRejectedException(field, "must be an http or https address");
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null) {
			throw new InputRejectedException(field, "must name a host, without a user name or password");
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		if (allowedHosts.get().contains(host)) {
			return uri;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException ex) {
			throw new InputRejectedException(field, "names a host that cannot be found");
		}
		for (InetAddress address : addresses) {
			if (internal(address)) {
				throw new InputRejectedException(field,
						"points inside the network (" + address.getHostAddress() + "); an admin may allow the host");
			}
		}
		return uri;
	}

	/**
	 * Loopback, private, link-local (cloud metadata), unspecified, multicast, or shared.
	 */
	static boolean internal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			// unique local fc00::/7, and IPv4 mapped into IPv6
			if ((bytes[0] & 0xfe) == 0xfc) {
				return true;
			}
			boolean mapped = true;
			for (int i = 0; i < 10; i++) {
				mapped &= bytes[i] == 0;
			}
			if (mapped && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) {
				try {
					return internal(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
				}
				catch (UnknownHostException ex) {
					return true;
				}
			}
			return false;
		}
		int first = bytes[0] & 0xff;
		int second = bytes[1] & 0xff;
		// 0.0.0.0/8, carrier-grade NAT 100.64.0.0/10, benchmarking 198.18.0.0/15,
		// reserved 240/4
		return first == 0 || (first == 100 && second >= 64 && second < 128)
				|| (first == 198 && (second == 18 || second == 19)) || first >= 240;
	}

}
