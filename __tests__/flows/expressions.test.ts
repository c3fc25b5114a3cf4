import { and, bool, Call, choose, dec, eq, EvalContext, ifElse, int, isNotSetOrEmpty, isSet, lt, ne, not, or, ref, str, toAudioBlank, toStr } from '../../constructs/flows/archy/expressions';

const ctx = (values: Record<string, unknown>): EvalContext => ({ get: (n) => values[n] as never });

describe('Architect expressions', () => {
  const status = ref('Task.status', 'string');

  it.each([
    [eq(status, str('SUCCESS')), 'Task.status == "SUCCESS"', { 'Task.status': 'SUCCESS' }, true],
    [ne(status, str('SUCCESS')), 'Task.status != "SUCCESS"', { 'Task.status': 'FAILED' }, true],
    [and(bool(true), eq(int(1), int(2))), 'And(true, 1 == 2)', {}, false],
    [or(bool(false), isSet(status)), 'Or(false, IsSet(Task.status))', { 'Task.status': 'x' }, true],
    [not(isSet(status)), 'Not(IsSet(Task.status))', {}, true],
    [isNotSetOrEmpty(status), 'IsNotSetOrEmpty(Task.status)', { 'Task.status': '' }, true],
    [lt(ref('State.c', 'decimal'), dec(0.5)), 'State.c < 0.5', { 'State.c': 0.91 }, false],
    [ifElse(bool(true), str('a'), str('b')), 'If(true, "a", "b")', {}, 'a'],
    [toStr(ref('State.c', 'decimal')), 'ToString(State.c)', { 'State.c': 0.91 }, '0.91'],
    [toAudioBlank(3000), 'ToAudioBlank(3000)', {}, { audio: 'silence 3000 ms', seconds: 3 }],
  ])('%#: writes %s and evaluates', (e, text, values, value) => {
    expect(e.text()).toBe(text);
    expect(e.evaluate(ctx(values))).toEqual(value);
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
    expect(() => int(1.5)).toThrow('not an integer');
    expect(() => toAudioBlank(-1)).toThrow('whole milliseconds');
  });
});
