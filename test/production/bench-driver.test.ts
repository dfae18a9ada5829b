import { startBenchConnector, type BenchConnector } from '../../bench/connector';
import { benchAnswerSets } from '../../bench/engine-bench';
import { adviceConversation, percentile, replayConversation, runLoad, type AdvicePlan } from '../../bench/load';
import { startBot, type RunningBot } from './support';

let connector: BenchConnector;
let bot: RunningBot;

beforeAll(async () => {
  connector = await startBenchConnector(true);
  bot = await startBot({ logLevel: 'warn' });
});

afterAll(async () => {
  await bot.close();
  await connector.close();
});

describe('the benchmark’s load driver (so the benchmark measures real advice, not error paths)', () => {
  test.each<AdvicePlan['mode']>(['click', 'type', 'mixed'])('%s answers finish full advice conversations in English and Dutch without a failed turn', async (mode) => {
    const sets = benchAnswerSets(6, 99);
    const load = await runLoad(
      3,
      sets.map((answers, i) => () => adviceConversation({ base: bot.base, connector }, `driver-${mode}-${i}`, { answers, mode, locale: i % 2 === 0 ? 'en-US' : 'nl-NL' })),
    );
    expect(load.errors).toBe(0);
    // Every conversation got past the questions: more turns than just "start", and the last turn produced results.
    for (const run of load.runs) expect(run.samples.length).toBeGreaterThan(2);
    expect(load.latencies).toHaveLength(load.turns);
  });

  test('a conversation can be left mid-advice (memory phase) and replayed input by input (echo baseline)', async () => {
    const target = { base: bot.base, connector };
    const partial = await adviceConversation(target, 'driver-partial', { answers: {}, mode: 'click', locale: 'en-US' }, 2);
    expect(partial.samples).toHaveLength(2);
    const replay = await replayConversation(target, 'driver-replay', 'en-US', partial.inputs);
    expect(replay.samples.every((s) => s.ok)).toBe(true);
  });

  test('a turn the bot refuses counts as an error, with its reason', async () => {
    const load = await runLoad(1, [() => replayConversation({ base: `${bot.base}/nowhere`, connector }, 'driver-bad', 'en-US', [{ text: 'help' }])]);
    expect(load.errors).toBe(1);
    expect(load.errorSamples[0]).toMatch(/HTTP 404/);
  });

  test.each<[number[], number, number]>([
    [[], 99, 0],
    [[5], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [[10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 99, 10],
  ])('percentile(%j, %i) = %i (nearest rank)', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});
