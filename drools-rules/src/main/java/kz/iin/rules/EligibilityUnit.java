package kz.iin.rules;

import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

import kz.iin.rules.authoring.AsOf;
import kz.iin.rules.conclusions.ApplyTo;
import kz.iin.rules.conclusions.DocumentValidity;
import kz.iin.rules.conclusions.FeeDue;
import kz.iin.rules.conclusions.MissingDocument;
import kz.iin.rules.conclusions.Note;
import kz.iin.rules.conclusions.ReissueAvailable;
import kz.iin.rules.conclusions.ReissueRequired;
import kz.iin.rules.conclusions.Sink;
import kz.iin.rules.facts.Classified;

/**
 * The data of one eligibility decision. Inputs: {@code asOf}, {@code applicants}, {@code documents},
 * {@code applications}. Classification rules add to {@code classifications}; decision rules add their
 * conclusions to {@code reissueRequired} and {@code reissueAvailable} (data stores, because other rules match
 * on them) or to the sinks {@code validity}, {@code fees}, {@code agencies}, {@code missingDocuments} and
 * {@code findings} (recorded for the decision, not matched by any rule). The DRL files of this unit are in
 * {@code src/main/resources/kz/iin/rules/}.
 */
public class EligibilityUnit implements RuleUnitData {
    private final DataStore<AsOf> asOf = DataSource.createStore();
    private final DataStore<Applicant> applicants = DataSource.createStore();
    private final DataStore<Document> documents = DataSource.createStore();
    private final DataStore<Application> applications = DataSource.createStore();

    private final DataStore<Classified> classifications = DataSource.createStore();

    private final Sink<DocumentValidity> validity = new Sink<>();
    private final DataStore<ReissueRequired> reissueRequired = DataSource.createStore();
    private final DataStore<ReissueAvailable> reissueAvailable = DataSource.createStore();
    private final Sink<FeeDue> fees = new Sink<>();
    private final Sink<ApplyTo> agencies = new Sink<>();
    private final Sink<MissingDocument> missingDocuments = new Sink<>();
    private final Sink<Note> findings = new Sink<>();

    public DataStore<AsOf> getAsOf() {
        return asOf;
    }

    public DataStore<Applicant> getApplicants() {
        return applicants;
    }

    public DataStore<Document> getDocuments() {
        return documents;
    }

    public DataStore<Application> getApplications() {
        return applications;
    }

    public DataStore<Classified> getClassifications() {
        return classifications;
    }

    public Sink<DocumentValidity> getValidity() {
        return validity;
    }

    public DataStore<ReissueRequired> getReissueRequired() {
        return reissueRequired;
    }

    public DataStore<ReissueAvailable> getReissueAvailable() {
        return reissueAvailable;
    }

    public Sink<FeeDue> getFees() {
        return fees;
    }

    public Sink<ApplyTo> getAgencies() {
        return agencies;
    }

    public Sink<MissingDocument> getMissingDocuments() {
        return missingDocuments;
    }

    public Sink<Note> getFindings() {
        return findings;
    }
}
