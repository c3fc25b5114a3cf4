import VOCABULARY from '../../constructs/flows/archy/vocabulary.json';
import SOURCES from '../../constructs/flows/archy/vocabulary-sources.json';
import { vocabularyPairs, vocabularyViolations } from '../../constructs/flows/archy/vocabulary';

const pairs = (doc: unknown) => vocabularyPairs(doc).map((p) => p.pair);

describe('the vocabulary walk', () => {
  it('turns the names an author chose into *', () => {
    const doc = {
      inboundCall: {
        tasks: [
          {
            task: {
              actions: [
                {
                  callData: {
                    category: { 'Acme Web Services': { dataAction: { 'Get Order': { inputs: { orderId: { exp: 'Flow.orderId' } } } } } },
                  },
                },
                {
                  callBotFlow: {
                    botFlow: { 'Order Bot': { ver_latestPublished: { inputs: { 'Slot.OrderNumber': { noValue: true } }, outputs: { 'Slot.Email': { var: 'Task.email' } } } } },
                  },
                },
                { callTask: { outputs: { 'Task.result': { var: 'Flow.result' } } } },
              ],
            },
          },
        ],
      },
    };
    const seen = pairs(doc);
    expect(seen).toEqual(
      expect.arrayContaining(['category>*', '*category>dataAction', 'dataAction>*', 'inputs>*', 'botFlow>*', '*botFlow>ver_latestPublished', 'outputs>*', '*outputs>var']),
    );
    for (const name of ['Acme Web Services', 'Get Order', 'orderId', 'Order Bot', 'Slot.OrderNumber', 'Slot.Email', 'Task.result']) {
      expect(seen.filter((p) => p.includes(name))).toEqual([]);
    }
    expect(vocabularyViolations(doc)).toEqual([]);
  });

  it('keeps the children of a top-level botFlow, which are settings, not names', () => {
    expect(pairs({ botFlow: { name: 'Order Bot', settingsKnowledge: { none: true } } })).toEqual(['^>botFlow', 'botFlow>name', 'botFlow>settingsKnowledge', 'settingsKnowledge>none']);
  });

  it('reports a pair no export shows, with its path', () => {
    const doc = { inboundCall: { name: 'Test', tasks: [{ task: { actions: [{ playAudio: { name: 'Say', loudness: 11 } }] } }] } };
    expect(vocabularyViolations(doc)).toEqual(['playAudio>loudness at /inboundCall/tasks[0]/task/actions[0]/playAudio/loudness']);
  });
});

describe('the vocabulary', () => {
  const list = VOCABULARY as string[];

  it('is sorted, without duplicates', () => {
    expect(list).toEqual([...new Set(list)].sort());
  });

  it('holds no name the walk would turn into *', () => {
    expect(list.filter((p) => /(^|>)(Slot|Common|Flow|State|Task|Interaction|Session)\./.test(p) || /(^|>)X(>|$)/.test(p))).toEqual([]);
  });

  it('comes from at least 100 exports, each a repo, path and commit', () => {
    expect(SOURCES.length).toBeGreaterThanOrEqual(100);
    for (const source of SOURCES) {
      expect(Object.keys(source).sort()).toEqual(['commit', 'path', 'repo']);
      expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
    }
  });
});
