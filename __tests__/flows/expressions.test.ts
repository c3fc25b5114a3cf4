import {
  and,
  append,
  bool,
  Call,
  choose,
  dec,
  e164,
  elapsedMs,
  eq,
  EvalContext,
  gte,
  ifElse,
  int,
  isNotSetOrEmpty,
  isSet,
  lt,
  minus,
  ne,
  not,
  NotSetError,
  or,
  parsePhoneNumber,
  plus,
  ref,
  str,
  toAudioBlank,
  toPhoneNumber,
  toStr,
} from '../../constructs/flows/archy/expressions';

const ctx = (values: Record<string, unknown>, now?: number): EvalContext => ({ get: (n) => values[n] as never, now: now === undefined ? undefined : () => now });

describe('Architect expressions', () => {
  const status = ref('Task.status', 'string');
  const a = ref('Task.a', 'boolean');
  const b = ref('Task.b', 'boolean');
  const c = ref('Task.c', 'boolean');

  it.each([
    ['Task.status == "SUCCESS"', eq(status, str('SUCCESS')), { 'Task.status': 'SUCCESS' }, true],
    ['Task.status != "SUCCESS"', ne(status, str('SUCCESS')), { 'Task.status': 'FAILED' }, true],
    ['true and 1 == 2', and(bool(true), eq(int(1), int(2))), {}, false],
    ['false or IsSet(Task.status)', or(bool(false), isSet(status)), { 'Task.status': 'x' }, true],
    ['!IsSet(Task.status)', not(isSet(status)), {}, true],
    ['!(Task.status == "x")', not(eq(status, str('x'))), { 'Task.status': 'y' }, true],
    ['IsNotSetOrEmpty(Task.status)', isNotSetOrEmpty(status), { 'Task.status': '' }, true],
    ['State.c < 0.5', lt(ref('State.c', 'decimal'), dec(0.5)), { 'State.c': 0.91 }, false],
    ['Task.n >= 3', gte(ref('Task.n', 'integer'), int(3)), { 'Task.n': 3 }, true],
    ['Task.n - (1 + 2)', minus(ref('Task.n', 'integer'), plus(int(1), int(2))), { 'Task.n': 10 }, 7],
    ['If(true, "a", "b")', ifElse(bool(true), str('a'), str('b')), {}, 'a'],
    ['ToString(State.c)', toStr(ref('State.c', 'decimal')), { 'State.c': 0.91 }, '0.91'],
    ['Append("A", State.e, "B")', append(str('A'), ref('State.e', 'string'), str('B')), {}, 'AB'],
    ['ToAudioBlank(3000)', toAudioBlank(3000), {}, { audio: 'silence 3000 ms', seconds: 3 }],
    ['ToAudioBlank(Task.ms)', toAudioBlank(ref('Task.ms', 'integer')), { 'Task.ms': 1500 }, { audio: 'silence 1500 ms', seconds: 1.5 }],
    ['ToPhoneNumber(Call.Ani).e164', e164(toPhoneNumber(Call.ani)), { 'Call.Ani': 'tel:+13175550116' }, '+13175550116'],
  ])('writes %s and evaluates it', (text, e, values, value) => {
    expect(e.text()).toBe(text);
    expect(e.evaluate(ctx(values))).toEqual(value);
  });

  it('writes and/or as infix operators, with parentheses only where precedence needs them', () => {
    expect(and(a, or(b, c)).text()).toBe('Task.a and (Task.b or Task.c)');
    expect(or(and(a, b), c).text()).toBe('Task.a and Task.b or Task.c');
    expect(and(a, and(b, c)).text()).toBe('Task.a and Task.b and Task.c');
    expect(or(eq(status, str('x')), eq(status, str('y'))).text()).toBe('Task.status == "x" or Task.status == "y"');
    expect(not(and(a, b)).text()).toBe('!(Task.a and Task.b)');
    expect(and(a)).toBe(a);
  });

  describe('NOT_SET, as the org treats it', () => {
    it('compares with == and != without error: NOT_SET equals only NOT_SET', () => {
      expect(eq(status, str('SUCCESS')).evaluate(ctx({}))).toBe(false);
      expect(ne(status, str('SUCCESS')).evaluate(ctx({}))).toBe(true);
      expect(isSet(status).evaluate(ctx({}))).toBe(false);
    });

    it.each([
      ['<', lt(ref('State.aiConfidence', 'decimal'), dec(0.5))],
      ['>=', gte(ref('Task.n', 'integer'), int(1))],
      ['-', minus(ref('Task.n', 'integer'), int(1))],
      ['and', and(a, bool(true))],
      ['or', or(bool(true), a)],
      ['!', not(a)],
      ['ToAudioBlank', toAudioBlank(ref('Task.ms', 'integer'))],
      ['ToPhoneNumber', toPhoneNumber(Call.ani)],
      ['.e164 of nothing', e164(ref('Task.phone', 'phoneNumber'))],
    ])('invokes the error handling when %s meets NOT_SET', (_what, e) => {
      expect(() => e.evaluate(ctx({}))).toThrow(NotSetError);
    });

    it('evaluates every operand, so a guard in the same expression does not protect', () => {
      // `or` does not short-circuit in this model: Architect does not document that it does.
      const guarded = or(not(isSet(ref('State.c', 'decimal'))), lt(ref('State.c', 'decimal'), dec(0.5)));
      expect(() => guarded.evaluate(ctx({}))).toThrow(NotSetError);
      expect(() => ifElse(isSet(a), not(a), bool(false)).evaluate(ctx({}))).toThrow(NotSetError);
    });

    it('names the operator and the expression in the error', () => {
      expect(() => lt(ref('State.aiConfidence', 'decimal'), dec(0.5)).evaluate(ctx({}))).toThrow('NOT_SET reached operand 1 of "lt" in State.aiConfidence < 0.5');
    });
  });

  it('reads the calling number the way the org gives it: a tel: URI, or something without an E.164 form', () => {
    expect(parsePhoneNumber('tel:+13175550116')).toEqual({ raw: 'tel:+13175550116', e164: '+13175550116', isTel: true, isSip: false });
    expect(parsePhoneNumber('+32470123456').e164).toBe('+32470123456');
    for (const withheld of ['tel:anonymous', 'sip:anonymous@anonymous.invalid', 'sip:+32470123456@pbx.example.com', 'tel:0470123456', 'tel:', '']) {
      expect(parsePhoneNumber(withheld).e164).toBeUndefined();
    }
  });

  it('reads the clock: milliseconds since the flow started', () => {
    const e = elapsedMs();
    expect(e.text()).toBe('ToInt(DateTimeDiff(GetCurrentDateTimeUtc(), Flow.StartDateTimeUtc))');
    expect(e.evaluate(ctx({ 'Flow.StartDateTimeUtc': { dateTime: 2 } }, 14.25))).toBe(12250);
    expect(() => e.evaluate(ctx({}, 1))).toThrow(NotSetError);
  });

  it('maps a value to a queue name with nested Ifs, falling back', () => {
    const e = choose(ref('Task.intent', 'string'), [['billing', 'Billing'], ['sales', 'Sales']], 'General');
    expect(e.text()).toBe('If(Task.intent == "billing", "Billing", If(Task.intent == "sales", "Sales", "General"))');
    expect(e.evaluate(ctx({ 'Task.intent': 'sales' }))).toBe('Sales');
    expect(e.evaluate(ctx({ 'Task.intent': 'weather' }))).toBe('General');
    expect(e.evaluate(ctx({}))).toBe('General');
    expect(e.names()).toEqual(['Task.intent']);
  });

  it('knows the built-ins and the names an expression reads', () => {
    expect(Call.conversationId.text()).toBe('Call.ConversationId');
    expect(and(isSet(status), eq(Call.ani, str('x'))).names()).toEqual(['Task.status', 'Call.Ani']);
  });

  it('refuses literals Architect cannot write', () => {
    expect(() => str('say "hi"')).toThrow('cannot hold a double quote');
    expect(() => str('a\\b')).toThrow('a backslash');
    expect(() => str('a\nb')).toThrow('a line break');
    expect(() => int(1.5)).toThrow('not an integer');
    expect(() => dec(Infinity)).toThrow('not a number');
    expect(() => toAudioBlank(-1)).toThrow('whole milliseconds');
    expect(() => and()).toThrow('at least one operand');
  });
});
