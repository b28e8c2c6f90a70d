#!/usr/bin/env python3
"""Writes iin.tsv and bin.tsv: the golden vectors every layer's tests share.

An independent implementation of the published algorithm (docs/domain.md), kept apart from the Java
code on purpose: the vectors check the Java, SQL and rules layers, so they must not come from them.
Run: python3 generate.py (in this folder). Output is deterministic.
"""
import calendar
import datetime

W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def check_digit(body):
    """0-9, or None when both passes give 10."""
    d = [int(c) for c in body]
    r = sum(a * b for a, b in zip(d, W1)) % 11
    if r == 10:
        r = sum(a * b for a, b in zip(d, W2)) % 11
        if r == 10:
            return None
    return r


def first_pass(body):
    return sum(int(c) * w for c, w in zip(body, W1)) % 11


def complete(body):
    cd = check_digit(body)
    assert cd is not None, body
    return body + str(cd)


def wrong(body):
    cd = check_digit(body)
    return body + str((cd + 3) % 10)


def utf16_length(s):
    """Length as Java and PostgreSQL clients see it: UTF-16 code units."""
    return sum(2 if ord(c) > 0xFFFF else 1 for c in s)


def lenient(s):
    if utf16_length(s) != 12:
        return 'WRONG_LENGTH'
    if not all('0' <= c <= '9' for c in s):
        return 'NON_DIGIT'
    cd = check_digit(s[:11])
    if cd is None:
        return 'NO_CHECK_DIGIT'
    return '' if cd == int(s[11]) else 'CHECK_DIGIT_MISMATCH'


def iin_strict(s):
    if utf16_length(s) != 12:
        return 'WRONG_LENGTH'
    if not all('0' <= c <= '9' for c in s):
        return 'NON_DIGIT'
    c = int(s[6])
    if c < 1 or c > 6:
        return 'INVALID_CENTURY_SEX_DIGIT'
    year = 1800 + 100 * ((c - 1) // 2) + int(s[0:2])
    try:
        datetime.date(year, int(s[2:4]), int(s[4:6]))
    except ValueError:
        return 'INVALID_BIRTH_DATE'
    return lenient(s)


def bin_strict(s):
    if utf16_length(s) != 12:
        return 'WRONG_LENGTH'
    if not all('0' <= c <= '9' for c in s):
        return 'NON_DIGIT'
    if not 1 <= int(s[2:4]) <= 12:
        return 'INVALID_REGISTRATION_MONTH'
    if s[4] not in '456':
        return 'INVALID_ENTITY_TYPE'
    if s[5] not in '0123':
        return 'INVALID_DIVISION'
    return lenient(s)


def escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        elif o > 0xFFFF:
            o -= 0x10000
            out.append('\\u%04X\\u%04X' % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
        else:
            out.append('\\u%04X' % o)
    return ''.join(out)


def iin_body(date, digit7, serial):
    return '%02d%02d%02d%d%04d' % (date.year % 100, date.month, date.day, digit7, serial)


def serial_with(pred, prefix7, start=0):
    """First serial >= start whose body prefix7+serial satisfies pred."""
    for serial in range(start, 10000):
        body = prefix7 + '%04d' % serial
        if pred(body):
            return body
    raise ValueError(prefix7)


def pass2(body):
    return first_pass(body) == 10 and check_digit(body) is not None


def no_cd(body):
    return check_digit(body) is None


def pass1(body):
    return first_pass(body) != 10


IIN_HEADER = ['input', 'reason', 'lenient_reason', 'birth_date', 'sex', 'century', 'serial', 'note']
BIN_HEADER = ['input', 'reason', 'lenient_reason', 'registered', 'type', 'division', 'serial', 'note']


def iin_rows():
    rows = []

    def add(s, note):
        rows.append((s, note))

    samples = [
        (datetime.date(1990, 1, 1), 3), (datetime.date(1985, 7, 15), 4), (datetime.date(2001, 12, 31), 5),
        (datetime.date(2010, 3, 9), 6), (datetime.date(1899, 5, 20), 1), (datetime.date(1875, 11, 30), 2),
        (datetime.date(2000, 2, 29), 5), (datetime.date(2000, 2, 29), 6), (datetime.date(1996, 2, 29), 4),
        (datetime.date(1800, 1, 1), 1), (datetime.date(2099, 12, 31), 6), (datetime.date(1970, 6, 30), 3),
    ]
    for date, d7 in samples:
        prefix = '%02d%02d%02d%d' % (date.year % 100, date.month, date.day, d7)
        add(complete(serial_with(pass1, prefix)), 'valid, check digit from pass 1')
        add(complete(serial_with(pass2, prefix)), 'valid, check digit from pass 2')
    for date, d7 in samples[:6]:
        prefix = '%02d%02d%02d%d' % (date.year % 100, date.month, date.day, d7)
        b1 = serial_with(pass1, prefix)
        b2 = serial_with(pass2, prefix)
        add(wrong(b1), 'check digit mismatch, pass-1 body')
        add(wrong(b2), 'check digit mismatch, pass-2 body')
        add(b2 + str(first_pass(b2) % 10), 'pass 2 needed: a second pass mapping 10 to 0 accepts this')
        nb = serial_with(no_cd, prefix)
        for last in '05':
            add(nb + last, 'no check digit exists (both passes give 10); some peers map it to 0')
    # century/sex digits never issued, with an otherwise matching check digit
    for d7 in '0789':
        body = serial_with(pass1, '900101' + d7)
        add(complete(body), 'century/sex digit %s is not issued; check digit matches' % d7)
    add(wrong(serial_with(pass1, '9001017')), 'bad century digit wins over a wrong check digit')
    # dates that are not in the calendar, with matching check digits
    for yymmdd, d7, why in [('000229', '3', '29 Feb 1900 (not leap)'), ('000229', '4', '29 Feb 1900 (not leap)'),
                            ('010229', '5', '29 Feb 2001'), ('900230', '3', '30 Feb'), ('900431', '3', '31 April'),
                            ('900001', '3', 'month 00'), ('901301', '3', 'month 13'), ('900100', '3', 'day 00'),
                            ('900132', '3', 'day 32'), ('990931', '4', '31 September'), ('006231', '5', 'month 62')]:
        body = serial_with(lambda b: check_digit(b) is not None, yymmdd + d7)
        add(complete(body), 'not a calendar date: ' + why)
    add(wrong(serial_with(pass1, '9002303')), 'bad date wins over a wrong check digit')
    add(serial_with(no_cd, '9002303') + '0', 'bad date wins over a missing check digit')
    # BINs are not IINs
    add(complete(serial_with(pass1, '0509400')), 'a valid BIN: 5th digit 4 is a day tens of 40+')
    # length and characters
    valid = complete(serial_with(pass1, '9001013'))
    add('', 'empty')
    add(valid[:11], '11 digits')
    add(valid + '0', '13 digits')
    add(' ' + valid[1:] + '', 'leading space instead of a digit')
    add(valid + ' ', 'trailing space: not trimmed')
    add(valid + '\n', 'trailing newline: not trimmed')
    add(' ' + valid, 'leading space: not trimmed')
    add('9' * 100, '100 digits')
    add(valid[:5] + 'A' + valid[6:], 'letter')
    add(valid[:11] + 'x', 'letter in the check digit position')
    add(''.join(chr(0xFF10 + int(c)) for c in valid), 'fullwidth digits')
    add(''.join(chr(0x0660 + int(c)) for c in valid), 'Arabic-Indic digits')
    add(''.join(chr(0x06F0 + int(c)) for c in valid), 'Extended Arabic-Indic (Persian) digits')
    add(''.join(chr(0x0966 + int(c)) for c in valid), 'Devanagari digits')
    add(valid[:3] + chr(0xFF10 + int(valid[3])) + valid[4:], 'one fullwidth digit')
    add(valid[:11] + '\u00B2', 'superscript two')
    add('+' + valid[1:], 'plus sign')
    add('-' + valid[1:], 'minus sign')
    add(valid[:6] + ' ' + valid[7:], 'inner space')
    add(valid[:6] + '-' + valid[7:], 'inner hyphen')
    add(valid[:6] + '\u00A0' + valid[7:], 'inner no-break space')
    add(valid[:11] + '\u0000', 'NUL')
    add(valid[:6] + '\t' + valid[7:], 'tab')
    add(valid[:10] + '\U0001F600', 'emoji (a surrogate pair: 12 UTF-16 units)')
    add(valid[:11] + '\uD800', 'lone high surrogate')
    add(valid[:6] + '.' + valid[7:], 'dot')
    return rows


def bin_body(yymm, t, d, serial):
    return '%s%s%s%05d' % (yymm, t, d, serial)


def bin_serial_with(pred, prefix6, start=0):
    for serial in range(start, 100000):
        body = prefix6 + '%05d' % serial
        if pred(body):
            return body
    raise ValueError(prefix6)


def bin_rows():
    rows = []

    def add(s, note):
        rows.append((s, note))

    for prefix, note in [('050940', 'resident head office, 2005-09'), ('990151', 'non-resident branch, 1999-01'),
                         ('120662', 'joint entrepreneurship representative office, 2012-06'),
                         ('200463', 'peasant farm in joint entrepreneurship, 2020-04'),
                         ('900140', 'pivot: 90 is 1990'), ('891241', 'pivot: 89 is 2089'), ('000142', '00 is 2000'),
                         ('071041', 'resident branch, 2007-10')]:
        add(complete(bin_serial_with(pass1, prefix)), 'valid, pass 1: ' + note)
        add(complete(bin_serial_with(pass2, prefix)), 'valid, pass 2: ' + note)
        add(wrong(bin_serial_with(pass1, prefix)), 'check digit mismatch: ' + note)
        add(wrong(bin_serial_with(pass2, prefix)), 'check digit mismatch, pass-2 body: ' + note)
        nb = bin_serial_with(no_cd, prefix)
        add(nb + '0', 'no check digit exists (both passes give 10); some peers map it to 0')
    for prefix, why in [('050040', 'month 00'), ('051340', 'month 13'), ('059940', 'month 99'),
                        ('050930', 'type 3'), ('050970', 'type 7'), ('050900', 'type 0'), ('050990', 'type 9'),
                        ('050944', 'division 4'), ('050949', 'division 9'), ('051370', 'month wins over type'),
                        ('050974', 'type wins over division')]:
        add(complete(bin_serial_with(lambda b: check_digit(b) is not None, prefix)), why + ', check digit matches')
    add(wrong(bin_serial_with(pass1, '051340')), 'month wins over a wrong check digit')
    add(complete(serial_with(pass1, '9001013')), 'a valid IIN: 5th digit 0 is not an entity type')
    valid = complete(bin_serial_with(pass1, '050940'))
    add('', 'empty')
    add(valid[:11], '11 digits')
    add(valid + '1', '13 digits')
    add(valid + ' ', 'trailing space: not trimmed')
    add(''.join(chr(0xFF10 + int(c)) for c in valid), 'fullwidth digits')
    add(''.join(chr(0x0660 + int(c)) for c in valid), 'Arabic-Indic digits')
    add(valid[:4] + '-' + valid[5:], 'hyphen')
    add(valid[:11] + 'O', 'letter O for zero')
    add(valid[:11] + '\u0000', 'NUL')
    return rows


def write(path, header, rows, strict, decode):
    seen = set()
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Golden vectors, generated by generate.py (an independent implementation of docs/domain.md).\n')
        f.write('# input may hold \\uXXXX escapes (\\\\ is a backslash); reason/lenient_reason empty = passes.\n')
        f.write('\t'.join(header) + '\n')
        for s, note in rows:
            if s in seen:
                continue
            seen.add(s)
            reason = strict(s)
            fields = decode(s) if reason == '' else [''] * (len(header) - 4)
            f.write('\t'.join([escape(s), reason, lenient(s)] + fields + [note]) + '\n')


def iin_decode(s):
    c = int(s[6])
    year = 1800 + 100 * ((c - 1) // 2) + int(s[0:2])
    return ['%04d-%s-%s' % (year, s[2:4], s[4:6]), 'M' if c % 2 else 'F', str(1800 + 100 * ((c - 1) // 2)),
            str(int(s[7:11]))]


def bin_decode(s):
    yy = int(s[0:2])
    year = 1900 + yy if yy >= 90 else 2000 + yy
    types = {'4': 'RESIDENT', '5': 'NON_RESIDENT', '6': 'JOINT_ENTREPRENEUR'}
    divisions = {'0': 'HEAD_OFFICE', '1': 'BRANCH', '2': 'REPRESENTATIVE_OFFICE', '3': 'PEASANT_FARM'}
    return ['%04d-%s' % (year, s[2:4]), types[s[4]], divisions[s[5]], str(int(s[6:11]))]


if __name__ == '__main__':
    write('iin.tsv', IIN_HEADER, iin_rows(), iin_strict, iin_decode)
    write('bin.tsv', BIN_HEADER, bin_rows(), bin_strict, bin_decode)
