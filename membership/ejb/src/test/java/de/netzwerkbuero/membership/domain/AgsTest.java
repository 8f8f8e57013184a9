package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.platform.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgsTest {

    @ParameterizedTest
    @CsvSource({
            "120620224224, 12062224, BB",   // Herzberg (Elster)
            "120730008008, 12073008, BB",   // Angermünde
            "145210410410, 14521410, SN",   // Neukirchen/Erzgeb.
            "094790129129, 09479129, BY",   // Kirchenlamitz
            "094790135135, 09479135, BY",   // Marktleuthen
            "010010000000, 01001000, SH",   // Flensburg, a kreisfreie Stadt
            "160510000000, 16051000, TH"})
    void derivesAgsAndStateFromTheRegionalKey(String ars, String ags, String state) {
        Ags parsed = Ags.fromArs(ars);
        assertEquals(ags, parsed.value());
        assertEquals(state, parsed.state().code());
        assertFalse(parsed.isDistrict());
        assertEquals(ars.substring(0, 5), parsed.districtKey());
    }

    @Test
    void parsesADistrictKey() {
        Ags wunsiedel = Ags.district("09479");
        assertTrue(wunsiedel.isDistrict());
        assertEquals(FederalState.BY, wunsiedel.state());
        assertEquals("Bayern", wunsiedel.state().germanName());
    }

    @Test
    void everyStateNumberMapsToItsCode() {
        String[] codes = {"SH", "HH", "NI", "HB", "NW", "HE", "RP", "BW", "BY", "SL", "BE", "BB", "MV", "SN", "ST", "TH"};
        for (int i = 0; i < codes.length; i++) {
            String number = String.format("%02d", i + 1);
            assertEquals(codes[i], Ags.parse(number + "000000").state().code());
        }
    }

    @Test
    void ignoresSpacesBetweenGroups() {
        assertEquals("12062224", Ags.parse(" 12 062 224 ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1206222", "120622241", "1206222x", "12.062.224", "120620224224", "1234"})
    void refusesMalformedKeys(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Ags.parse(raw));
        assertEquals("ags", e.violations().get(0).field());
        assertEquals("agsMalformed", e.violations().get(0).key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"00123456", "17000000", "99999", "20001"})
    void refusesKeysOfNoState(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Ags.parse(raw));
        assertEquals("agsUnknownState", e.violations().get(0).key());
    }

    @Test
    void refusesNull() {
        assertThrows(InvalidInputException.class, () -> Ags.parse(null));
    }

    @Test
    void municipalityAndDistrictInsistOnTheirLength() {
        assertEquals("agsNotMunicipality",
                assertThrows(InvalidInputException.class, () -> Ags.municipality("09479")).violations().get(0).key());
        assertEquals("agsNotDistrict",
                assertThrows(InvalidInputException.class, () -> Ags.district("09479129")).violations().get(0).key());
    }
}
