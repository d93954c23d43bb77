// The registry: every rule, in the order of the spec's table.
import type { Rule } from "../types";
import { frontMatter } from "./frontMatter";
import { genericLetter } from "./genericLetter";
import { lateSending } from "./lateSending";
import { missingFeedbackRequest } from "./missingFeedbackRequest";
import { missingFit } from "./missingFit";
import { missingNextStep } from "./missingNextStep";
import { missingThanks } from "./missingThanks";
import { nameMismatch } from "./nameMismatch";
import { needyPhrasing } from "./needyPhrasing";
import { placeholder } from "./placeholder";
import { prematureFollowUp } from "./prematureFollowUp";
import { pushyPhrasing } from "./pushyPhrasing";
import { tooLong } from "./tooLong";
import { unneededAttachments } from "./unneededAttachments";

export const RULES: readonly Rule[] = [
  missingThanks,
  missingFit,
  missingNextStep,
  needyPhrasing,
  pushyPhrasing,
  lateSending,
  prematureFollowUp,
  tooLong,
  unneededAttachments,
  nameMismatch,
  genericLetter,
  placeholder,
  missingFeedbackRequest,
  frontMatter,
];
