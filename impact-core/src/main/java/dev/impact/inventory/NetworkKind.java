package dev.impact.inventory;

/** The kind of network data travels over. */
public enum NetworkKind {
    /** Fixed access (fibre, DSL, cable), including the home or office box unless said otherwise. */
    FIXED,
    /** Mobile access (3G/4G/5G). */
    MOBILE,
    /** Not known: models that cannot do without the kind refuse it. */
    UNSPECIFIED
}
