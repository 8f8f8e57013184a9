package de.netzwerkbuero.platform.infrastructure;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MailPurgeTest {

    @AfterEach
    void reset() {
        System.clearProperty(MailPurge.DAYS_PROPERTY);
    }

    @Test
    void theRetentionPeriodIsNinetyDaysUnlessConfigured() {
        assertEquals(90, MailPurge.retentionDays());
        System.setProperty(MailPurge.DAYS_PROPERTY, " 30 ");
        assertEquals(30, MailPurge.retentionDays());
    }

    @Test
    void anUnusableSettingFallsBackSafely() {
        System.setProperty(MailPurge.DAYS_PROPERTY, "neunzig");
        assertEquals(90, MailPurge.retentionDays());
        System.setProperty(MailPurge.DAYS_PROPERTY, "0");
        assertEquals(1, MailPurge.retentionDays(), "never zero: that would delete mail as soon as it is sent");
    }
}
