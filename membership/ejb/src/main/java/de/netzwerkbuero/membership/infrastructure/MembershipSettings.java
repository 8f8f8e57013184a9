package de.netzwerkbuero.membership.infrastructure;

import de.netzwerkbuero.membership.domain.NoticePeriod;
import de.netzwerkbuero.platform.api.demo.DemoMode;

import java.time.LocalDate;

/**
 * The module's settings, read from system properties when needed, so a test server can change them:
 * {@code netzwerk.base-url} (links in mails), {@code netzwerk.network-name} (mail signature),
 * {@code netzwerk.founding-date}, {@code netzwerk.membership.notice-months} and
 * {@code netzwerk.membership.notice-end-of-year}, {@code netzwerk.membership.prospect-retention-months},
 * {@code netzwerk.membership.confirmation-days} and {@code netzwerk.demo}.
 */
public final class MembershipSettings {

    private MembershipSettings() {
    }

    public static String baseUrl() {
        String url = System.getProperty("netzwerk.base-url", "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public static String networkName() {
        return System.getProperty("netzwerk.network-name", "Netzwerkbüro");
    }

    public static LocalDate foundingDate() {
        return LocalDate.parse(System.getProperty("netzwerk.founding-date", "2023-04-01"));
    }

    public static NoticePeriod noticePeriod() {
        return NoticePeriod.fromSystemProperties();
    }

    public static int prospectRetentionMonths() {
        return Integer.getInteger("netzwerk.membership.prospect-retention-months", 24);
    }

    /** How long an unconfirmed sign-up is kept waiting for its confirmation. */
    public static int confirmationDays() {
        return Integer.getInteger("netzwerk.membership.confirmation-days", 30);
    }

    public static boolean demo() {
        return DemoMode.active();
    }
}
