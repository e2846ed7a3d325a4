// The Specialist Dispatch channels (shared/dispatch/schema.ts) → services.
import type { dispatchContract } from '../../../shared/dispatch/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { createCounterpart, listCounterparts, updateCounterpart } from './counterparts';
import { updateDispatch } from './dispatch-edit';
import { createExpertise, listExpertise, updateExpertise } from './expertise';
import { dispatchHistory } from './history';
import { requestIntake } from './intake';
import { matchSpecialists } from './match';
import { listRequests } from './request-list';
import { getRequestDetail } from './request-rows';
import { createRequest, updateRequest } from './requests';
import { listSpecialists } from './specialist-list';
import { createSpecialist, getSpecialist, setSpecialistActive, updateSpecialist } from './specialists';
import { transitionRequest } from './transitions';

export function dispatchHandlers(ctx: Context): FeatureHandlers<typeof dispatchContract> {
  return {
    'expertise.list': () => listExpertise(ctx),
    'expertise.create': (data) => createExpertise(ctx, data),
    'expertise.update': ({ id, data }) => updateExpertise(ctx, id, data),
    'counterparts.list': () => listCounterparts(ctx),
    'counterparts.create': ({ data }) => createCounterpart(ctx, data),
    'counterparts.update': (input) => updateCounterpart(ctx, input),
    'specialists.list': (query) => listSpecialists(ctx, query),
    'specialists.get': ({ id }) => getSpecialist(ctx, id),
    'specialists.create': (input) => createSpecialist(ctx, input),
    'specialists.update': (input) => updateSpecialist(ctx, input),
    'specialists.setActive': ({ id, active }) => setSpecialistActive(ctx, id, active),
    'requests.list': (query) => listRequests(ctx, query),
    'requests.get': ({ id }) => getRequestDetail(ctx, id),
    'requests.create': ({ data }) => createRequest(ctx, data),
    'requests.update': (input) => updateRequest(ctx, input),
    'requests.transition': (input) => transitionRequest(ctx, input),
    'requests.match': (input) => matchSpecialists(ctx, input),
    'requests.intake': ({ fiscalYear }) => requestIntake(ctx, fiscalYear),
    'dispatches.update': (input) => updateDispatch(ctx, input),
    'dispatch.history': (query) => dispatchHistory(ctx, query),
  };
}
