import { CRITERION_IDS, situation, type Answers, type CriterionId, type SituationMark } from '../../src/engine';

describe('situation: which comparison rows describe the admin', () => {
  const expectRows = (answers: Answers, rows: Partial<Record<CriterionId, SituationMark>>): void => {
    const marks = situation(answers);
    expect(Object.keys(marks)).toEqual([...CRITERION_IDS]);
    for (const c of CRITERION_IDS) expect([c, marks[c]]).toEqual([c, rows[c] ?? 'unknown']);
  };

  test('nothing answered: nothing known', () => expectRows({}, {}));

  test('a hybrid, ConfigMgr organization with kiosks and remote staff', () =>
    expectRows(
      {
        ownership: 'organization',
        azureAdPremium: 'yes',
        identity: 'hybrid',
        configMgr: 'keep',
        userAffinity: 'userless',
        remoteWorkers: 'yes',
        purchase: 'other',
        demAccount: 'no',
        otherMdm: 'no',
        alreadyInIntune: 'yes',
        windowsVersion: 'win11',
        volume: 'bulk',
        conditionalAccess: 'yes',
      },
      {
        premium: 'applies',
        caBulk: 'applies',
        personal: 'doesNotApply',
        organization: 'applies',
        newOrExisting: 'applies',
        volume: 'applies',
        singleUser: 'doesNotApply',
        userless: 'applies',
        dem: 'doesNotApply',
        otherMdm: 'doesNotApply',
        autopilotPartner: 'doesNotApply',
        hybridJoined: 'applies',
        remoteWorkers: 'applies',
        configMgr: 'applies',
        enrolledInIntune: 'applies',
      },
    ));

  test('a mixed cloud fleet without Premium, few devices', () =>
    expectRows(
      { ownership: 'mixed', azureAdPremium: 'no', identity: 'cloud', configMgr: 'none', userAffinity: 'both', volume: 'few', demAccount: 'yes' },
      {
        premium: 'doesNotApply',
        caBulk: 'doesNotApply',
        personal: 'applies',
        organization: 'applies',
        volume: 'applies',
        singleUser: 'applies',
        userless: 'applies',
        dem: 'applies',
        hybridJoined: 'doesNotApply',
        configMgr: 'doesNotApply',
      },
    ));
});
