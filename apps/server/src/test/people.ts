import { idCheckChar, volunteerActor } from "@kepu/domain";
import type { AppServices } from "../platform/app-services.js";
import { RequestContext } from "../platform/request-context.js";
import { registerVolunteer } from "../modules/volunteer/register-volunteer.js";
import { Volunteer } from "../modules/volunteer/volunteer.entity.js";
import { VolunteerService } from "../modules/volunteer/volunteer.service.js";

/** What a job or worker does: no HTTP request, the actor built from the person's current row. */
export async function actingAs(app: AppServices, phone: string, requestId = `job:test:${phone}`): Promise<RequestContext> {
  const v = await app.ds.getRepository(Volunteer).findOneByOrFail({ phone });
  const actor = volunteerActor({
    volunteerId: String(v.dbId),
    tier: v.tier,
    managedRegionCode: v.managedRegionCode,
    certified: v.certifiedAt !== null,
  });
  return new RequestContext(app, actor, requestId);
}

/**
 * A certified person with a home region, made through the services (registered by the system,
 * certified as themself). `passwordFrom` copies another account's hash, so tests can sign in with
 * that account's known password without paying for a hash.
 */
export async function certifiedPerson(app: AppServices, phone: string, home: string, passwordFrom = "13800000009"): Promise<Volunteer> {
  const { passwordHash } = await app.ds.getRepository(Volunteer).findOneByOrFail({ phone: passwordFrom });
  await RequestContext.system(app, "test").write((tx) => registerVolunteer(tx, { phone, passwordHash }));
  const first17 = `${home.slice(0, 6)}19880512${phone.slice(-3)}`;
  await new VolunteerService(await actingAs(app, phone)).certify({
    realName: "测试员",
    idNumber: first17 + idCheckChar(first17),
    regionCode: home,
  });
  return app.ds.getRepository(Volunteer).findOneByOrFail({ phone });
}
