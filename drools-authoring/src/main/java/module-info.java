/**
 * IIN/BIN fact types and DRL functions for Drools rule authors. Depends on the core only: no rule compiler.
 */
module kz.iin.drools.authoring {
    requires transitive kz.iin;

    exports kz.iin.rules.authoring;
}
