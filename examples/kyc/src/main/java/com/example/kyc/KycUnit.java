package com.example.kyc;

import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

import kz.iin.rules.authoring.AsOf;

/** A case system's own rule unit, written on top of the published facts and functions (see kyc.drl). */
public class KycUnit implements RuleUnitData {
    private final DataStore<AsOf> asOf = DataSource.createStore();
    private final DataStore<Customer> customers = DataSource.createStore();
    private final DataStore<Flag> flags = DataSource.createStore();

    public DataStore<AsOf> getAsOf() {
        return asOf;
    }

    public DataStore<Customer> getCustomers() {
        return customers;
    }

    public DataStore<Flag> getFlags() {
        return flags;
    }
}
