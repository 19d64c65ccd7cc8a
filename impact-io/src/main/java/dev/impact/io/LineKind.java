package dev.impact.io;

import dev.impact.inventory.AiInference;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.ServerFleet;
import java.util.Locale;

/** The kinds of inventory line, as written in the {@code kind} column, each with the meaning of its quantity. */
enum LineKind {
    /** {@link DeviceFleet}: quantity = number of devices. */
    DEVICE("device", "devices"),
    /** {@link ServerFleet}: quantity = number of servers. */
    SERVER("server", "servers"),
    /** {@link NetworkTransfer}: quantity = GB transferred in the period. */
    NETWORK("network", "GB"),
    /** {@link DataStorage}: quantity = TB-years stored (before replication). */
    STORAGE("storage", "TB-years"),
    /** {@link CloudCompute}: quantity = vCPU-hours. */
    CLOUD("cloud", "vCPU-hours"),
    /** {@link AiInference}: quantity = requests. */
    AI("ai", "requests");

    private final String code;
    private final String quantityUnit;

    LineKind(String code, String quantityUnit) {
        this.code = code;
        this.quantityUnit = quantityUnit;
    }

    /** The code written in files, e.g. {@code device}. */
    public String code() {
        return code;
    }

    /** What the quantity counts for this kind, e.g. {@code GB}. */
    public String quantityUnit() {
        return quantityUnit;
    }

    /** The kind of a line. */
    public static LineKind of(InventoryLine line) {
        if (line instanceof DeviceFleet) {
            return DEVICE;
        } else if (line instanceof ServerFleet) {
            return SERVER;
        } else if (line instanceof NetworkTransfer) {
            return NETWORK;
        } else if (line instanceof DataStorage) {
            return STORAGE;
        } else if (line instanceof CloudCompute) {
            return CLOUD;
        } else if (line instanceof AiInference) {
            return AI;
        }
        throw new IllegalArgumentException("unknown line type " + line.getClass().getName());
    }

    private static final LineKind[] VALUES = values();

    /** The kind with this code (case-insensitive) or one of its other names ("équipement", "réseau"…), or null. */
    static LineKind ofCode(String code) {
        for (LineKind k : VALUES) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (LineKind k : VALUES) {
            if (k.code.equals(c)) {
                return k;
            }
        }
        return Names.kind(code);
    }
}
