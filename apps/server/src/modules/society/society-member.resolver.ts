import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { maskPhone } from "@kepu/domain";
import type { RequestContext } from "../../platform/request-context.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import { VolunteerService } from "../volunteer/volunteer.service.js";
import { Society, SocietyMember, SocietyPost } from "./society.entity.js";
import { SocietyService } from "./society.service.js";

/** What a society shows of a person to everyone who may see the row: the nickname, else 科普员 + the phone's last four digits. */
export async function nicknameOf(rc: RequestContext, volunteerId: number): Promise<string> {
  const v = await rc.loaders(createVolunteerLoaders).byId.load(volunteerId);
  return v ? (v.nickname ?? `科普员${v.phone.slice(-4)}`) : "已注销用户";
}

@Resolver(() => SocietyMember)
export class SocietyMemberResolver {
  @FieldResolver(() => Society, { description: "所属社团" })
  society(@Root() m: SocietyMember, @Ctx() rc: RequestContext) {
    return new SocietyService(rc).loaders.byId.load(m.societyId);
  }

  @FieldResolver(() => String, { description: "昵称" })
  nickname(@Root() m: SocietyMember, @Ctx() rc: RequestContext): Promise<string> {
    return nicknameOf(rc, m.volunteerId);
  }

  @FieldResolver(() => String, { description: "脱敏手机号，如 138****1234" })
  async phoneMasked(@Root() m: SocietyMember, @Ctx() rc: RequestContext): Promise<string> {
    const v = await rc.loaders(createVolunteerLoaders).byId.load(m.volunteerId);
    return v ? maskPhone(v.phone) : "";
  }

  @FieldResolver(() => String, { nullable: true, description: "完整手机号：仅本人与省科协可见，其他人为 null" })
  async phone(@Root() m: SocietyMember, @Ctx() rc: RequestContext): Promise<string | null> {
    const v = await rc.loaders(createVolunteerLoaders).byId.load(m.volunteerId);
    return v && new VolunteerService(rc).canSeePhone(v) ? v.phone : null;
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "科普员记录（按科普员可见范围，无权查看时为 null）" })
  volunteer(@Root() m: SocietyMember, @Ctx() rc: RequestContext) {
    return new VolunteerService(rc).findVisible(m.volunteerId);
  }
}

@Resolver(() => SocietyPost)
export class SocietyPostResolver {
  @FieldResolver(() => Society, { description: "所属社团" })
  society(@Root() p: SocietyPost, @Ctx() rc: RequestContext) {
    return new SocietyService(rc).loaders.byId.load(p.societyId);
  }

  @FieldResolver(() => String, { description: "作者昵称" })
  authorNickname(@Root() p: SocietyPost, @Ctx() rc: RequestContext): Promise<string> {
    return nicknameOf(rc, p.authorId);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "作者（按科普员可见范围，无权查看时为 null）" })
  author(@Root() p: SocietyPost, @Ctx() rc: RequestContext) {
    return new VolunteerService(rc).findVisible(p.authorId);
  }

  @FieldResolver(() => Boolean, { description: "当前登录者能否屏蔽/恢复这条动态" })
  async canModerate(@Root() p: SocietyPost, @Ctx() rc: RequestContext): Promise<boolean> {
    const svc = new SocietyService(rc);
    const s = await svc.loaders.byId.load(p.societyId);
    return !!s && (await svc.canModerate(s));
  }
}
