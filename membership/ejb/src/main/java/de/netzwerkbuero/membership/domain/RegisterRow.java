package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.RegisterEntryKind;

import java.math.BigDecimal;

/**
 * One entry of the register as read from the source: a municipality keyed by its AGS, or a district keyed by
 * its district key. {@code type} is City, Municipality or Unincorporated area, or District.
 */
public record RegisterRow(String key, RegisterEntryKind kind, String name, String districtKey, String districtName,
                          String stateCode, String stateName, String type, String postalCode, Integer population,
                          BigDecimal areaKm2, BigDecimal latitude, BigDecimal longitude) {

    public static final String UNINCORPORATED = "Unincorporated area";
    public static final String DISTRICT = "District";

    public boolean eligible() {
        return !UNINCORPORATED.equals(type);
    }
}
