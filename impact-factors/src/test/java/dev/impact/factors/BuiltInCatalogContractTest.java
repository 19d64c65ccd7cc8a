package dev.impact.factors;

import dev.impact.factor.FactorCatalog;
import dev.impact.factor.FactorCatalogContract;

/** The bundled catalog passes the core's compatibility kit. */
class BuiltInCatalogContractTest extends FactorCatalogContract {
    @Override
    protected FactorCatalog catalog() {
        return Factors.builtIn();
    }
}
