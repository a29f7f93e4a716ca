package io.panelist.notifications.webhooks;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where webhooks may point: http(s) URLs without credentials whose host resolves only to public addresses, so a
 * webhook cannot reach Panelist's own network (loopback, private, link-local, unspecified). Checked when a webhook is
 * saved and again before each send, since DNS can change. PANELIST_WEBHOOKS_ALLOW_PRIVATE=true lifts the address
 * rule (a receiver on the same network, or a test's receiver on loopback).
 */
@Singleton
public class WebhookTargets {
    private final boolean allowPrivate;

    WebhookTargets(@Value("${panelist.webhooks.allow-private:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The URL, checked; a refusal says why in words fit for the person who typed it (no internals). */
    public URI check(String url) throws RefusedTarget {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new RefusedTarget("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new RefusedTarget("must be an http or https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedTarget("must not carry credentials (user:password@)");
        }
        if (!allowPrivate) {
            refusePrivate(uri.getHost());
        }
        return uri;
    }

    private static void refusePrivate(String host) throws RefusedTarget {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new RefusedTarget("has a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                throw new RefusedTarget("resolves to a loopback, private, link-local or unspecified address");
            }
        }
    }

    /** 127/8, 10/8, 172.16/12, 192.168/16, 169.254/16, 0/8, ::1, ::, fc00::/7, fe80::/10. */
    static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || (bytes.length == 4 && bytes[0] == 0)
                || (address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc);
    }

    /** Why a URL is not a webhook target. */
    public static final class RefusedTarget extends Exception {
        RefusedTarget(String reason) {
            super(reason);
        }
    }
}
