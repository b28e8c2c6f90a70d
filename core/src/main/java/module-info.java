/**
 * Kazakhstan IIN and BIN: parse, validate with a reason, decode and generate. No dependencies.
 */
module kz.iin {
    exports kz.iin;
}
