package dev.impact.factor;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The quantity a {@link Factor}'s values are given per. */
public enum ReferenceUnit {
    /** One item: a device, a component, a server. */
    UNIT("unit"),
    /** One kilowatt-hour of electricity. */
    KWH("kWh"),
    /** One gigabyte (10^9 bytes). */
    GB("GB"),
    /** One square millimetre (of die). */
    MM2("mm2"),
    /** One square centimetre (of die). */
    CM2("cm2"),
    /** One kilogram. */
    KG("kg"),
    /** One request (e.g. an AI inference). */
    REQUEST("request"),
    /** One terabyte stored for one year. */
    TB_YEAR("TB.year"),
    /** One vCPU for one hour. */
    VCPU_HOUR("vCPU.h"),
    /** One gigabyte of memory for one hour. */
    GB_HOUR("GB.h");

    private final String symbol;

    ReferenceUnit(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol used in data files, e.g. {@code kWh}. */
    public String symbol() {
        return symbol;
    }

    /**
     * The unit with this symbol (exact match).
     *
     * @throws IllegalArgumentException naming the symbol and the known ones
     */
    public static ReferenceUnit ofSymbol(String symbol) {
        for (ReferenceUnit u : values()) {
            if (u.symbol.equals(symbol)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown reference unit '" + symbol + "'; expected one of "
                + Arrays.stream(values()).map(ReferenceUnit::symbol).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return symbol;
    }
}
