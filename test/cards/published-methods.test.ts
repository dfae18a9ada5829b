import { publishedMethods } from '../../src/cards/recommendation-card';
import { employeeInstructionSet, recommend, type Answers } from '../../src/engine';

describe('"Use this for our organization" publishes what employees must do with personal devices', () => {
  test.each<{ name: string; answers: Answers; personalSet: string }>([
    {
      name: 'mixed fleet, work account only: personal devices register (the MDM scope is on for work devices, personal ones are blocked)',
      answers: { ownership: 'mixed', manage: 'account', azureAdPremium: 'yes' },
      personalSet: 'automatic-personal-register',
    },
    { name: 'personal only, work account only: register', answers: { ownership: 'personal', manage: 'account' }, personalSet: 'automatic-personal-register' },
    { name: 'personal, whole device managed: join', answers: { ownership: 'personal', manage: 'device', azureAdPremium: 'yes' }, personalSet: 'automatic-personal-join' },
  ])('$name', ({ answers, personalSet }) => {
    const published = publishedMethods(recommend(answers), answers);
    expect(employeeInstructionSet({ deviceOwner: 'personal' }, published)).toBe(personalSet);
  });
});
