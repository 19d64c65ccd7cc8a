package dev.impact.io.numecoeval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small lot and référentiel files for tests. */
final class LotFiles {
    private LotFiles() {
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String text, Charset cs) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), text, cs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A référentiel holding the operands of G4IT's published traces (its test référentiel, "Fake data for tests"). */
    static Path publishedTraceReferentiel(Path dir) {
        write(dir, "criteres.csv", "nomCritere;description;unite\nClimate change;;kg CO2 eq\n");
        write(dir, "types.csv", "type;categorie;serveur;commentaire;dureeVieDefaut;refHypothese;source;refItemParDefaut\n"
                + "Server;EquipementPhysique;true;;7;;;blade-server-1\n");
        write(dir, "hypotheses.csv", "cle;valeur;source;description\nPUEParDefaut;1.75;SSG;\n"
                + "taux_utilisation_COPE;0.8;SSG;\ntaux_utilisation_BYOD;0.57;SSG;\n");
        write(dir, "facteurs.csv", "nom;etapeacv;critere;description;niveau;tiers;categorie;consoElecMoyenne;"
                + "localisation;valeur;unite;source\n"
                + "blade-server-1;FABRICATION;Climate change;;2-Equipement;Datacenter;IT equipment;3721.0;France;"
                + "2226.09317222576;Item;Fake data for tests\n"
                + "Electricity Mix X;FABRICATION;Climate change;;0-Base data;;electricity-mix;;Spain;0.657374;;"
                + "Base IMPACTS 2.02\n");
        return dir;
    }
}
