package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.LegalBasis;
import de.netzwerkbuero.funding.domain.ProjectFacts.DisbursementFact;
import de.netzwerkbuero.funding.domain.SpendingAllocation.Spending;
import de.netzwerkbuero.funding.domain.SpendingAllocation.Use;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpendingAndInterestTest {

    private static final Rules P = Rules.defaults(LegalBasis.ANBEST_P);
    private static final Rules GK = Rules.defaults(LegalBasis.ANBEST_GK);

    private static DisbursementFact paid(long id, String on, String amount) {
        return new DisbursementFact(id, LocalDate.parse(on), new BigDecimal(amount));
    }

    private static Spending spent(String on, String amount) {
        return new Spending(LocalDate.parse(on), new BigDecimal(amount));
    }

    @Test
    void fundsSpentWithinSixWeeksAreInTime() {
        List<Use> uses = SpendingAllocation.allocate(List.of(paid(1, "2024-03-01", "10000.00")),
                List.of(spent("2024-03-20", "6000.00"), spent("2024-04-12", "4000.00")), BigDecimal.ONE, P);
        Use use = uses.get(0);
        assertEquals(LocalDate.parse("2024-04-12"), use.spendBy());
        assertEquals(LocalDate.parse("2024-04-12"), use.spentOn());
        assertTrue(use.spentInTime());
        assertEquals(new BigDecimal("0.00"), use.unspentAtSpendBy());
    }

    @Test
    void fundsSpentOneDayAfterTheWindowAreLateWithTheUnspentAmount() {
        Use use = SpendingAllocation.allocate(List.of(paid(1, "2024-03-01", "10000.00")),
                List.of(spent("2024-03-20", "6000.00"), spent("2024-04-13", "4000.00")), BigDecimal.ONE, P).get(0);
        assertEquals(LocalDate.parse("2024-04-13"), use.spentOn());
        assertFalse(use.spentInTime());
        assertTrue(use.late(LocalDate.parse("2024-04-13")));
        assertEquals(new BigDecimal("4000.00"), use.unspentAtSpendBy());
    }

    @Test
    void twoMonthsUnderAnbestGkAndFirstInFirstOut() {
        List<Use> uses = SpendingAllocation.allocate(
                List.of(paid(2, "2024-05-01", "5000.00"), paid(1, "2024-03-01", "5000.00")),
                List.of(spent("2024-04-15", "5000.00"), spent("2024-08-01", "5000.00")), BigDecimal.ONE, GK);
        assertEquals(1, uses.get(0).disbursementId());
        assertTrue(uses.get(0).spentInTime());
        assertEquals(LocalDate.parse("2024-07-01"), uses.get(1).spendBy());
        assertEquals(LocalDate.parse("2024-08-01"), uses.get(1).spentOn());
        assertEquals(new BigDecimal("5000.00"), uses.get(1).unspentAtSpendBy());
    }

    @Test
    void onlyTheFundedShareOfExpendituresUsesDisbursedFunds() {
        BigDecimal share = SpendingAllocation.fundedShare(new BigDecimal("90000.00"), new BigDecimal("10000.00"));
        assertEquals(new BigDecimal("0.900000"), share);
        Use use = SpendingAllocation.allocate(List.of(paid(1, "2024-03-01", "9000.00")),
                List.of(spent("2024-03-10", "9000.00")), share, P).get(0);
        assertNull(use.spentOn(), "9,000 spent, of which 8,100 from the grant");
        assertEquals(new BigDecimal("900.00"), use.unspentAtSpendBy());
        assertTrue(use.late(LocalDate.parse("2024-04-13")));
        assertFalse(use.late(LocalDate.parse("2024-04-12")));
    }

    @Test
    void expendituresBeforeThePayoutCountFromThePayoutDay() {
        Use use = SpendingAllocation.allocate(List.of(paid(1, "2024-03-01", "1000.00")),
                List.of(spent("2024-02-10", "1000.00")), BigDecimal.ONE, P).get(0);
        assertEquals(LocalDate.parse("2024-03-01"), use.spentOn());
        assertTrue(use.spentInTime());
    }

    @Test
    void interestIsBaseRatePlusFivePointsPerYearFromPayout() {
        // 10,000 EUR at 1.27 % + 5 points for 365 days = 627.00 EUR
        assertEquals(new BigDecimal("627.00"), InterestEstimate.of(new BigDecimal("10000.00"),
                LocalDate.parse("2024-03-01"), LocalDate.parse("2025-03-01"), new BigDecimal("1.27"),
                new BigDecimal("5.00")));
        // 4,000 EUR at 6.27 % for 43 days = 29.55 EUR
        assertEquals(new BigDecimal("29.55"), InterestEstimate.of(new BigDecimal("4000.00"),
                LocalDate.parse("2024-03-01"), LocalDate.parse("2024-04-13"), new BigDecimal("1.27"),
                new BigDecimal("5.00")));
        assertEquals(new BigDecimal("0.00"), InterestEstimate.of(new BigDecimal("4000.00"),
                LocalDate.parse("2024-03-01"), LocalDate.parse("2024-02-01"), new BigDecimal("1.27"),
                new BigDecimal("5.00")));
    }

    @Test
    void baseRateComesFromASystemProperty() {
        String before = System.getProperty(InterestEstimate.BASE_RATE_PROPERTY);
        try {
            System.setProperty(InterestEstimate.BASE_RATE_PROPERTY, "3.12");
            assertEquals(new BigDecimal("3.12"), InterestEstimate.baseRatePercent());
            System.clearProperty(InterestEstimate.BASE_RATE_PROPERTY);
            assertEquals(new BigDecimal(InterestEstimate.DEFAULT_BASE_RATE), InterestEstimate.baseRatePercent());
        } finally {
            if (before != null) {
                System.setProperty(InterestEstimate.BASE_RATE_PROPERTY, before);
            }
        }
    }
}
