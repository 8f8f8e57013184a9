package de.netzwerkbuero.funding.infrastructure;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",,1234.50,'=SUM(A1)\r\n",
                Csv.line("a", "b,c", "say \"hi\"", null, new BigDecimal("1234.50"), "=SUM(A1)"));
        assertEquals("-5\r\n", Csv.line(new BigDecimal("-5")));
    }
}
