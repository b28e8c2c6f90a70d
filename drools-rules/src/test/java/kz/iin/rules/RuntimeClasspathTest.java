package kz.iin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;

import org.drools.ruleunits.api.RuleUnit;
import org.junit.jupiter.api.Test;

/**
 * The rules run on the executable model generated at build time: no rule compiler is on the class path (the
 * test class path is the run-time one plus test libraries, none of which brings one), and the generated unit is
 * registered, so nothing can fall back to compiling DRL at run time.
 */
class RuntimeClasspathTest {
    /** One class of each compiler the build-time plugin uses and the run time must not carry. */
    private static final List<String> COMPILERS = List.of(
            "org.eclipse.jdt.internal.compiler.Compiler",          // ECJ
            "com.github.javaparser.JavaParser",                    // JavaParser
            "org.drools.mvelcompiler.MvelCompiler",                // the MVEL compiler
            "org.drools.mvel.parser.MvelParser");

    @Test
    void noRuleCompilerIsOnTheClassPath() {
        for (String name : COMPILERS) {
            assertThat(loadable(name)).as(name).isFalse();
        }
    }

    @Test
    void theGeneratedRuleUnitIsRegistered() {
        assertThat(ServiceLoader.load(RuleUnit.class).stream().map(p -> p.type().getName()))
                .contains("kz.iin.rules.EligibilityUnitRuleUnit");
    }

    private static boolean loadable(String name) {
        try {
            Class.forName(name, false, RuntimeClasspathTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
