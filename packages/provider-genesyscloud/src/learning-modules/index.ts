// https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface LearningModulesConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#completion_time_in_days LearningModules#completion_time_in_days}
  */
  readonly completionTimeInDays: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#cover_art_id LearningModules#cover_art_id}
  */
  readonly coverArtId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#description LearningModules#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#enforce_content_order LearningModules#enforce_content_order}
  */
  readonly enforceContentOrder?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#excluded_from_catalog LearningModules#excluded_from_catalog}
  */
  readonly excludedFromCatalog?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#external_id LearningModules#external_id}
  */
  readonly externalId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#id LearningModules#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#is_published LearningModules#is_published}
  */
  readonly isPublished?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#length_in_minutes LearningModules#length_in_minutes}
  */
  readonly lengthInMinutes?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#name LearningModules#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#type LearningModules#type}
  */
  readonly type?: string;
  /**
  * assessment_form block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#assessment_form LearningModules#assessment_form}
  */
  readonly assessmentForm?: LearningModulesAssessmentForm;
  /**
  * auto_assign block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#auto_assign LearningModules#auto_assign}
  */
  readonly autoAssign?: LearningModulesAutoAssign;
  /**
  * inform_steps block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#inform_steps LearningModules#inform_steps}
  */
  readonly informSteps?: LearningModulesInformSteps[] | cdktf.IResolvable;
  /**
  * review_assessment_results block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#review_assessment_results LearningModules#review_assessment_results}
  */
  readonly reviewAssessmentResults?: LearningModulesReviewAssessmentResults;
}
export interface LearningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptions {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#id LearningModules#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#text LearningModules#text}
  */
  readonly text: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#value LearningModules#value}
  */
  readonly value: number;
}

export function learningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptionsToTerraform(struct?: LearningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
    text: cdktf.stringToTerraform(struct!.text),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function learningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptionsToHclTerraform(struct?: LearningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    text: {
      value: cdktf.stringToHclTerraform(struct!.text),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.numberToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LearningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): LearningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._text !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LearningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._id = undefined;
      this._text = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._id = value.id;
      this._text = value.text;
      this._value = value.value;
    }
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // text - computed: false, optional: false, required: true
  private _text?: string; 
  public get text() {
    return this.getStringAttribute('text');
  }
  public set text(value: string) {
    this._text = value;
  }
  // Temporarily expose input value. Use with caution.
  public get textInput() {
    return this._text;
  }

  // value - computed: false, optional: false, required: true
  private _value?: number; 
  public get value() {
    return this.getNumberAttribute('value');
  }
  public set value(value: number) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class LearningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptionsList extends cdktf.ComplexList {
  public internalValue? : LearningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptions[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): LearningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptionsOutputReference {
    return new LearningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface LearningModulesAssessmentFormQuestionGroupsQuestionsVisibilityCondition {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#combining_operation LearningModules#combining_operation}
  */
  readonly combiningOperation: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#predicates LearningModules#predicates}
  */
  readonly predicates: string[];
}

export function learningModulesAssessmentFormQuestionGroupsQuestionsVisibilityConditionToTerraform(struct?: LearningModulesAssessmentFormQuestionGroupsQuestionsVisibilityConditionOutputReference | LearningModulesAssessmentFormQuestionGroupsQuestionsVisibilityCondition): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    combining_operation: cdktf.stringToTerraform(struct!.combiningOperation),
    predicates: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.predicates),
  }
}


export function learningModulesAssessmentFormQuestionGroupsQuestionsVisibilityConditionToHclTerraform(struct?: LearningModulesAssessmentFormQuestionGroupsQuestionsVisibilityConditionOutputReference | LearningModulesAssessmentFormQuestionGroupsQuestionsVisibilityCondition): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    combining_operation: {
      value: cdktf.stringToHclTerraform(struct!.combiningOperation),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    predicates: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.predicates),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LearningModulesAssessmentFormQuestionGroupsQuestionsVisibilityConditionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LearningModulesAssessmentFormQuestionGroupsQuestionsVisibilityCondition | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._combiningOperation !== undefined) {
      hasAnyValues = true;
      internalValueResult.combiningOperation = this._combiningOperation;
    }
    if (this._predicates !== undefined) {
      hasAnyValues = true;
      internalValueResult.predicates = this._predicates;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LearningModulesAssessmentFormQuestionGroupsQuestionsVisibilityCondition | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._combiningOperation = undefined;
      this._predicates = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._combiningOperation = value.combiningOperation;
      this._predicates = value.predicates;
    }
  }

  // combining_operation - computed: false, optional: false, required: true
  private _combiningOperation?: string; 
  public get combiningOperation() {
    return this.getStringAttribute('combining_operation');
  }
  public set combiningOperation(value: string) {
    this._combiningOperation = value;
  }
  // Temporarily expose input value. Use with caution.
  public get combiningOperationInput() {
    return this._combiningOperation;
  }

  // predicates - computed: false, optional: false, required: true
  private _predicates?: string[]; 
  public get predicates() {
    return this.getListAttribute('predicates');
  }
  public set predicates(value: string[]) {
    this._predicates = value;
  }
  // Temporarily expose input value. Use with caution.
  public get predicatesInput() {
    return this._predicates;
  }
}
export interface LearningModulesAssessmentFormQuestionGroupsQuestions {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#comments_required LearningModules#comments_required}
  */
  readonly commentsRequired?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#help_text LearningModules#help_text}
  */
  readonly helpText?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#id LearningModules#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#is_critical LearningModules#is_critical}
  */
  readonly isCritical?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#is_kill LearningModules#is_kill}
  */
  readonly isKill?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#max_response_characters LearningModules#max_response_characters}
  */
  readonly maxResponseCharacters?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#na_enabled LearningModules#na_enabled}
  */
  readonly naEnabled?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#text LearningModules#text}
  */
  readonly text: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#type LearningModules#type}
  */
  readonly type?: string;
  /**
  * answer_options block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#answer_options LearningModules#answer_options}
  */
  readonly answerOptions?: LearningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptions[] | cdktf.IResolvable;
  /**
  * visibility_condition block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#visibility_condition LearningModules#visibility_condition}
  */
  readonly visibilityCondition?: LearningModulesAssessmentFormQuestionGroupsQuestionsVisibilityCondition;
}

export function learningModulesAssessmentFormQuestionGroupsQuestionsToTerraform(struct?: LearningModulesAssessmentFormQuestionGroupsQuestions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    comments_required: cdktf.booleanToTerraform(struct!.commentsRequired),
    help_text: cdktf.stringToTerraform(struct!.helpText),
    id: cdktf.stringToTerraform(struct!.id),
    is_critical: cdktf.booleanToTerraform(struct!.isCritical),
    is_kill: cdktf.booleanToTerraform(struct!.isKill),
    max_response_characters: cdktf.numberToTerraform(struct!.maxResponseCharacters),
    na_enabled: cdktf.booleanToTerraform(struct!.naEnabled),
    text: cdktf.stringToTerraform(struct!.text),
    type: cdktf.stringToTerraform(struct!.type),
    answer_options: cdktf.listMapper(learningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptionsToTerraform, true)(struct!.answerOptions),
    visibility_condition: learningModulesAssessmentFormQuestionGroupsQuestionsVisibilityConditionToTerraform(struct!.visibilityCondition),
  }
}


export function learningModulesAssessmentFormQuestionGroupsQuestionsToHclTerraform(struct?: LearningModulesAssessmentFormQuestionGroupsQuestions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    comments_required: {
      value: cdktf.booleanToHclTerraform(struct!.commentsRequired),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    help_text: {
      value: cdktf.stringToHclTerraform(struct!.helpText),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    is_critical: {
      value: cdktf.booleanToHclTerraform(struct!.isCritical),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    is_kill: {
      value: cdktf.booleanToHclTerraform(struct!.isKill),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    max_response_characters: {
      value: cdktf.numberToHclTerraform(struct!.maxResponseCharacters),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    na_enabled: {
      value: cdktf.booleanToHclTerraform(struct!.naEnabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    text: {
      value: cdktf.stringToHclTerraform(struct!.text),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    answer_options: {
      value: cdktf.listMapperHcl(learningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptionsToHclTerraform, true)(struct!.answerOptions),
      isBlock: true,
      type: "list",
      storageClassType: "LearningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptionsList",
    },
    visibility_condition: {
      value: learningModulesAssessmentFormQuestionGroupsQuestionsVisibilityConditionToHclTerraform(struct!.visibilityCondition),
      isBlock: true,
      type: "list",
      storageClassType: "LearningModulesAssessmentFormQuestionGroupsQuestionsVisibilityConditionList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LearningModulesAssessmentFormQuestionGroupsQuestionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): LearningModulesAssessmentFormQuestionGroupsQuestions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._commentsRequired !== undefined) {
      hasAnyValues = true;
      internalValueResult.commentsRequired = this._commentsRequired;
    }
    if (this._helpText !== undefined) {
      hasAnyValues = true;
      internalValueResult.helpText = this._helpText;
    }
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._isCritical !== undefined) {
      hasAnyValues = true;
      internalValueResult.isCritical = this._isCritical;
    }
    if (this._isKill !== undefined) {
      hasAnyValues = true;
      internalValueResult.isKill = this._isKill;
    }
    if (this._maxResponseCharacters !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxResponseCharacters = this._maxResponseCharacters;
    }
    if (this._naEnabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.naEnabled = this._naEnabled;
    }
    if (this._text !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._answerOptions?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.answerOptions = this._answerOptions?.internalValue;
    }
    if (this._visibilityCondition?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.visibilityCondition = this._visibilityCondition?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LearningModulesAssessmentFormQuestionGroupsQuestions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._commentsRequired = undefined;
      this._helpText = undefined;
      this._id = undefined;
      this._isCritical = undefined;
      this._isKill = undefined;
      this._maxResponseCharacters = undefined;
      this._naEnabled = undefined;
      this._text = undefined;
      this._type = undefined;
      this._answerOptions.internalValue = undefined;
      this._visibilityCondition.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._commentsRequired = value.commentsRequired;
      this._helpText = value.helpText;
      this._id = value.id;
      this._isCritical = value.isCritical;
      this._isKill = value.isKill;
      this._maxResponseCharacters = value.maxResponseCharacters;
      this._naEnabled = value.naEnabled;
      this._text = value.text;
      this._type = value.type;
      this._answerOptions.internalValue = value.answerOptions;
      this._visibilityCondition.internalValue = value.visibilityCondition;
    }
  }

  // comments_required - computed: false, optional: true, required: false
  private _commentsRequired?: boolean | cdktf.IResolvable; 
  public get commentsRequired() {
    return this.getBooleanAttribute('comments_required');
  }
  public set commentsRequired(value: boolean | cdktf.IResolvable) {
    this._commentsRequired = value;
  }
  public resetCommentsRequired() {
    this._commentsRequired = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commentsRequiredInput() {
    return this._commentsRequired;
  }

  // help_text - computed: false, optional: true, required: false
  private _helpText?: string; 
  public get helpText() {
    return this.getStringAttribute('help_text');
  }
  public set helpText(value: string) {
    this._helpText = value;
  }
  public resetHelpText() {
    this._helpText = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get helpTextInput() {
    return this._helpText;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // is_critical - computed: false, optional: true, required: false
  private _isCritical?: boolean | cdktf.IResolvable; 
  public get isCritical() {
    return this.getBooleanAttribute('is_critical');
  }
  public set isCritical(value: boolean | cdktf.IResolvable) {
    this._isCritical = value;
  }
  public resetIsCritical() {
    this._isCritical = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isCriticalInput() {
    return this._isCritical;
  }

  // is_kill - computed: false, optional: true, required: false
  private _isKill?: boolean | cdktf.IResolvable; 
  public get isKill() {
    return this.getBooleanAttribute('is_kill');
  }
  public set isKill(value: boolean | cdktf.IResolvable) {
    this._isKill = value;
  }
  public resetIsKill() {
    this._isKill = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isKillInput() {
    return this._isKill;
  }

  // max_response_characters - computed: false, optional: true, required: false
  private _maxResponseCharacters?: number; 
  public get maxResponseCharacters() {
    return this.getNumberAttribute('max_response_characters');
  }
  public set maxResponseCharacters(value: number) {
    this._maxResponseCharacters = value;
  }
  public resetMaxResponseCharacters() {
    this._maxResponseCharacters = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxResponseCharactersInput() {
    return this._maxResponseCharacters;
  }

  // na_enabled - computed: false, optional: true, required: false
  private _naEnabled?: boolean | cdktf.IResolvable; 
  public get naEnabled() {
    return this.getBooleanAttribute('na_enabled');
  }
  public set naEnabled(value: boolean | cdktf.IResolvable) {
    this._naEnabled = value;
  }
  public resetNaEnabled() {
    this._naEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get naEnabledInput() {
    return this._naEnabled;
  }

  // text - computed: false, optional: false, required: true
  private _text?: string; 
  public get text() {
    return this.getStringAttribute('text');
  }
  public set text(value: string) {
    this._text = value;
  }
  // Temporarily expose input value. Use with caution.
  public get textInput() {
    return this._text;
  }

  // type - computed: false, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // answer_options - computed: false, optional: true, required: false
  private _answerOptions = new LearningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptionsList(this, "answer_options", false);
  public get answerOptions() {
    return this._answerOptions;
  }
  public putAnswerOptions(value: LearningModulesAssessmentFormQuestionGroupsQuestionsAnswerOptions[] | cdktf.IResolvable) {
    this._answerOptions.internalValue = value;
  }
  public resetAnswerOptions() {
    this._answerOptions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get answerOptionsInput() {
    return this._answerOptions.internalValue;
  }

  // visibility_condition - computed: false, optional: true, required: false
  private _visibilityCondition = new LearningModulesAssessmentFormQuestionGroupsQuestionsVisibilityConditionOutputReference(this, "visibility_condition");
  public get visibilityCondition() {
    return this._visibilityCondition;
  }
  public putVisibilityCondition(value: LearningModulesAssessmentFormQuestionGroupsQuestionsVisibilityCondition) {
    this._visibilityCondition.internalValue = value;
  }
  public resetVisibilityCondition() {
    this._visibilityCondition.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get visibilityConditionInput() {
    return this._visibilityCondition.internalValue;
  }
}

export class LearningModulesAssessmentFormQuestionGroupsQuestionsList extends cdktf.ComplexList {
  public internalValue? : LearningModulesAssessmentFormQuestionGroupsQuestions[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): LearningModulesAssessmentFormQuestionGroupsQuestionsOutputReference {
    return new LearningModulesAssessmentFormQuestionGroupsQuestionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface LearningModulesAssessmentFormQuestionGroupsVisibilityCondition {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#combining_operation LearningModules#combining_operation}
  */
  readonly combiningOperation: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#predicates LearningModules#predicates}
  */
  readonly predicates: string[];
}

export function learningModulesAssessmentFormQuestionGroupsVisibilityConditionToTerraform(struct?: LearningModulesAssessmentFormQuestionGroupsVisibilityConditionOutputReference | LearningModulesAssessmentFormQuestionGroupsVisibilityCondition): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    combining_operation: cdktf.stringToTerraform(struct!.combiningOperation),
    predicates: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.predicates),
  }
}


export function learningModulesAssessmentFormQuestionGroupsVisibilityConditionToHclTerraform(struct?: LearningModulesAssessmentFormQuestionGroupsVisibilityConditionOutputReference | LearningModulesAssessmentFormQuestionGroupsVisibilityCondition): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    combining_operation: {
      value: cdktf.stringToHclTerraform(struct!.combiningOperation),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    predicates: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.predicates),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LearningModulesAssessmentFormQuestionGroupsVisibilityConditionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LearningModulesAssessmentFormQuestionGroupsVisibilityCondition | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._combiningOperation !== undefined) {
      hasAnyValues = true;
      internalValueResult.combiningOperation = this._combiningOperation;
    }
    if (this._predicates !== undefined) {
      hasAnyValues = true;
      internalValueResult.predicates = this._predicates;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LearningModulesAssessmentFormQuestionGroupsVisibilityCondition | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._combiningOperation = undefined;
      this._predicates = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._combiningOperation = value.combiningOperation;
      this._predicates = value.predicates;
    }
  }

  // combining_operation - computed: false, optional: false, required: true
  private _combiningOperation?: string; 
  public get combiningOperation() {
    return this.getStringAttribute('combining_operation');
  }
  public set combiningOperation(value: string) {
    this._combiningOperation = value;
  }
  // Temporarily expose input value. Use with caution.
  public get combiningOperationInput() {
    return this._combiningOperation;
  }

  // predicates - computed: false, optional: false, required: true
  private _predicates?: string[]; 
  public get predicates() {
    return this.getListAttribute('predicates');
  }
  public set predicates(value: string[]) {
    this._predicates = value;
  }
  // Temporarily expose input value. Use with caution.
  public get predicatesInput() {
    return this._predicates;
  }
}
export interface LearningModulesAssessmentFormQuestionGroups {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#default_answers_to_highest LearningModules#default_answers_to_highest}
  */
  readonly defaultAnswersToHighest?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#default_answers_to_na LearningModules#default_answers_to_na}
  */
  readonly defaultAnswersToNa?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#id LearningModules#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#manual_weight LearningModules#manual_weight}
  */
  readonly manualWeight?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#na_enabled LearningModules#na_enabled}
  */
  readonly naEnabled?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#name LearningModules#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#type LearningModules#type}
  */
  readonly type: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#weight LearningModules#weight}
  */
  readonly weight?: number;
  /**
  * questions block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#questions LearningModules#questions}
  */
  readonly questions: LearningModulesAssessmentFormQuestionGroupsQuestions[] | cdktf.IResolvable;
  /**
  * visibility_condition block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#visibility_condition LearningModules#visibility_condition}
  */
  readonly visibilityCondition?: LearningModulesAssessmentFormQuestionGroupsVisibilityCondition;
}

export function learningModulesAssessmentFormQuestionGroupsToTerraform(struct?: LearningModulesAssessmentFormQuestionGroups | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    default_answers_to_highest: cdktf.booleanToTerraform(struct!.defaultAnswersToHighest),
    default_answers_to_na: cdktf.booleanToTerraform(struct!.defaultAnswersToNa),
    id: cdktf.stringToTerraform(struct!.id),
    manual_weight: cdktf.booleanToTerraform(struct!.manualWeight),
    na_enabled: cdktf.booleanToTerraform(struct!.naEnabled),
    name: cdktf.stringToTerraform(struct!.name),
    type: cdktf.stringToTerraform(struct!.type),
    weight: cdktf.numberToTerraform(struct!.weight),
    questions: cdktf.listMapper(learningModulesAssessmentFormQuestionGroupsQuestionsToTerraform, true)(struct!.questions),
    visibility_condition: learningModulesAssessmentFormQuestionGroupsVisibilityConditionToTerraform(struct!.visibilityCondition),
  }
}


export function learningModulesAssessmentFormQuestionGroupsToHclTerraform(struct?: LearningModulesAssessmentFormQuestionGroups | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    default_answers_to_highest: {
      value: cdktf.booleanToHclTerraform(struct!.defaultAnswersToHighest),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    default_answers_to_na: {
      value: cdktf.booleanToHclTerraform(struct!.defaultAnswersToNa),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    manual_weight: {
      value: cdktf.booleanToHclTerraform(struct!.manualWeight),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    na_enabled: {
      value: cdktf.booleanToHclTerraform(struct!.naEnabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    weight: {
      value: cdktf.numberToHclTerraform(struct!.weight),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    questions: {
      value: cdktf.listMapperHcl(learningModulesAssessmentFormQuestionGroupsQuestionsToHclTerraform, true)(struct!.questions),
      isBlock: true,
      type: "list",
      storageClassType: "LearningModulesAssessmentFormQuestionGroupsQuestionsList",
    },
    visibility_condition: {
      value: learningModulesAssessmentFormQuestionGroupsVisibilityConditionToHclTerraform(struct!.visibilityCondition),
      isBlock: true,
      type: "list",
      storageClassType: "LearningModulesAssessmentFormQuestionGroupsVisibilityConditionList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LearningModulesAssessmentFormQuestionGroupsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): LearningModulesAssessmentFormQuestionGroups | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._defaultAnswersToHighest !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultAnswersToHighest = this._defaultAnswersToHighest;
    }
    if (this._defaultAnswersToNa !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultAnswersToNa = this._defaultAnswersToNa;
    }
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._manualWeight !== undefined) {
      hasAnyValues = true;
      internalValueResult.manualWeight = this._manualWeight;
    }
    if (this._naEnabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.naEnabled = this._naEnabled;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._weight !== undefined) {
      hasAnyValues = true;
      internalValueResult.weight = this._weight;
    }
    if (this._questions?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.questions = this._questions?.internalValue;
    }
    if (this._visibilityCondition?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.visibilityCondition = this._visibilityCondition?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LearningModulesAssessmentFormQuestionGroups | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._defaultAnswersToHighest = undefined;
      this._defaultAnswersToNa = undefined;
      this._id = undefined;
      this._manualWeight = undefined;
      this._naEnabled = undefined;
      this._name = undefined;
      this._type = undefined;
      this._weight = undefined;
      this._questions.internalValue = undefined;
      this._visibilityCondition.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._defaultAnswersToHighest = value.defaultAnswersToHighest;
      this._defaultAnswersToNa = value.defaultAnswersToNa;
      this._id = value.id;
      this._manualWeight = value.manualWeight;
      this._naEnabled = value.naEnabled;
      this._name = value.name;
      this._type = value.type;
      this._weight = value.weight;
      this._questions.internalValue = value.questions;
      this._visibilityCondition.internalValue = value.visibilityCondition;
    }
  }

  // default_answers_to_highest - computed: false, optional: true, required: false
  private _defaultAnswersToHighest?: boolean | cdktf.IResolvable; 
  public get defaultAnswersToHighest() {
    return this.getBooleanAttribute('default_answers_to_highest');
  }
  public set defaultAnswersToHighest(value: boolean | cdktf.IResolvable) {
    this._defaultAnswersToHighest = value;
  }
  public resetDefaultAnswersToHighest() {
    this._defaultAnswersToHighest = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultAnswersToHighestInput() {
    return this._defaultAnswersToHighest;
  }

  // default_answers_to_na - computed: false, optional: true, required: false
  private _defaultAnswersToNa?: boolean | cdktf.IResolvable; 
  public get defaultAnswersToNa() {
    return this.getBooleanAttribute('default_answers_to_na');
  }
  public set defaultAnswersToNa(value: boolean | cdktf.IResolvable) {
    this._defaultAnswersToNa = value;
  }
  public resetDefaultAnswersToNa() {
    this._defaultAnswersToNa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultAnswersToNaInput() {
    return this._defaultAnswersToNa;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // manual_weight - computed: false, optional: true, required: false
  private _manualWeight?: boolean | cdktf.IResolvable; 
  public get manualWeight() {
    return this.getBooleanAttribute('manual_weight');
  }
  public set manualWeight(value: boolean | cdktf.IResolvable) {
    this._manualWeight = value;
  }
  public resetManualWeight() {
    this._manualWeight = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get manualWeightInput() {
    return this._manualWeight;
  }

  // na_enabled - computed: false, optional: true, required: false
  private _naEnabled?: boolean | cdktf.IResolvable; 
  public get naEnabled() {
    return this.getBooleanAttribute('na_enabled');
  }
  public set naEnabled(value: boolean | cdktf.IResolvable) {
    this._naEnabled = value;
  }
  public resetNaEnabled() {
    this._naEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get naEnabledInput() {
    return this._naEnabled;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // weight - computed: false, optional: true, required: false
  private _weight?: number; 
  public get weight() {
    return this.getNumberAttribute('weight');
  }
  public set weight(value: number) {
    this._weight = value;
  }
  public resetWeight() {
    this._weight = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get weightInput() {
    return this._weight;
  }

  // questions - computed: false, optional: false, required: true
  private _questions = new LearningModulesAssessmentFormQuestionGroupsQuestionsList(this, "questions", false);
  public get questions() {
    return this._questions;
  }
  public putQuestions(value: LearningModulesAssessmentFormQuestionGroupsQuestions[] | cdktf.IResolvable) {
    this._questions.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get questionsInput() {
    return this._questions.internalValue;
  }

  // visibility_condition - computed: false, optional: true, required: false
  private _visibilityCondition = new LearningModulesAssessmentFormQuestionGroupsVisibilityConditionOutputReference(this, "visibility_condition");
  public get visibilityCondition() {
    return this._visibilityCondition;
  }
  public putVisibilityCondition(value: LearningModulesAssessmentFormQuestionGroupsVisibilityCondition) {
    this._visibilityCondition.internalValue = value;
  }
  public resetVisibilityCondition() {
    this._visibilityCondition.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get visibilityConditionInput() {
    return this._visibilityCondition.internalValue;
  }
}

export class LearningModulesAssessmentFormQuestionGroupsList extends cdktf.ComplexList {
  public internalValue? : LearningModulesAssessmentFormQuestionGroups[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): LearningModulesAssessmentFormQuestionGroupsOutputReference {
    return new LearningModulesAssessmentFormQuestionGroupsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface LearningModulesAssessmentForm {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#id LearningModules#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#pass_percent LearningModules#pass_percent}
  */
  readonly passPercent: number;
  /**
  * question_groups block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#question_groups LearningModules#question_groups}
  */
  readonly questionGroups: LearningModulesAssessmentFormQuestionGroups[] | cdktf.IResolvable;
}

export function learningModulesAssessmentFormToTerraform(struct?: LearningModulesAssessmentFormOutputReference | LearningModulesAssessmentForm): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
    pass_percent: cdktf.numberToTerraform(struct!.passPercent),
    question_groups: cdktf.listMapper(learningModulesAssessmentFormQuestionGroupsToTerraform, true)(struct!.questionGroups),
  }
}


export function learningModulesAssessmentFormToHclTerraform(struct?: LearningModulesAssessmentFormOutputReference | LearningModulesAssessmentForm): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pass_percent: {
      value: cdktf.numberToHclTerraform(struct!.passPercent),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    question_groups: {
      value: cdktf.listMapperHcl(learningModulesAssessmentFormQuestionGroupsToHclTerraform, true)(struct!.questionGroups),
      isBlock: true,
      type: "list",
      storageClassType: "LearningModulesAssessmentFormQuestionGroupsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LearningModulesAssessmentFormOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LearningModulesAssessmentForm | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._passPercent !== undefined) {
      hasAnyValues = true;
      internalValueResult.passPercent = this._passPercent;
    }
    if (this._questionGroups?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.questionGroups = this._questionGroups?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LearningModulesAssessmentForm | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._id = undefined;
      this._passPercent = undefined;
      this._questionGroups.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._id = value.id;
      this._passPercent = value.passPercent;
      this._questionGroups.internalValue = value.questionGroups;
    }
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // pass_percent - computed: false, optional: false, required: true
  private _passPercent?: number; 
  public get passPercent() {
    return this.getNumberAttribute('pass_percent');
  }
  public set passPercent(value: number) {
    this._passPercent = value;
  }
  // Temporarily expose input value. Use with caution.
  public get passPercentInput() {
    return this._passPercent;
  }

  // question_groups - computed: false, optional: false, required: true
  private _questionGroups = new LearningModulesAssessmentFormQuestionGroupsList(this, "question_groups", false);
  public get questionGroups() {
    return this._questionGroups;
  }
  public putQuestionGroups(value: LearningModulesAssessmentFormQuestionGroups[] | cdktf.IResolvable) {
    this._questionGroups.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get questionGroupsInput() {
    return this._questionGroups.internalValue;
  }
}
export interface LearningModulesAutoAssign {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#enabled LearningModules#enabled}
  */
  readonly enabled: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#rule_id LearningModules#rule_id}
  */
  readonly ruleId: string;
}

export function learningModulesAutoAssignToTerraform(struct?: LearningModulesAutoAssignOutputReference | LearningModulesAutoAssign): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
    rule_id: cdktf.stringToTerraform(struct!.ruleId),
  }
}


export function learningModulesAutoAssignToHclTerraform(struct?: LearningModulesAutoAssignOutputReference | LearningModulesAutoAssign): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rule_id: {
      value: cdktf.stringToHclTerraform(struct!.ruleId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LearningModulesAutoAssignOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LearningModulesAutoAssign | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._ruleId !== undefined) {
      hasAnyValues = true;
      internalValueResult.ruleId = this._ruleId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LearningModulesAutoAssign | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._enabled = undefined;
      this._ruleId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._enabled = value.enabled;
      this._ruleId = value.ruleId;
    }
  }

  // enabled - computed: false, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // rule_id - computed: false, optional: false, required: true
  private _ruleId?: string; 
  public get ruleId() {
    return this.getStringAttribute('rule_id');
  }
  public set ruleId(value: string) {
    this._ruleId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get ruleIdInput() {
    return this._ruleId;
  }
}
export interface LearningModulesInformSteps {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#content_type LearningModules#content_type}
  */
  readonly contentType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#description LearningModules#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#display_name LearningModules#display_name}
  */
  readonly displayName?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#name LearningModules#name}
  */
  readonly name?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#order LearningModules#order}
  */
  readonly order: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#sharing_uri LearningModules#sharing_uri}
  */
  readonly sharingUri?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#type LearningModules#type}
  */
  readonly type: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#value LearningModules#value}
  */
  readonly value: string;
}

export function learningModulesInformStepsToTerraform(struct?: LearningModulesInformSteps | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    content_type: cdktf.stringToTerraform(struct!.contentType),
    description: cdktf.stringToTerraform(struct!.description),
    display_name: cdktf.stringToTerraform(struct!.displayName),
    name: cdktf.stringToTerraform(struct!.name),
    order: cdktf.numberToTerraform(struct!.order),
    sharing_uri: cdktf.stringToTerraform(struct!.sharingUri),
    type: cdktf.stringToTerraform(struct!.type),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function learningModulesInformStepsToHclTerraform(struct?: LearningModulesInformSteps | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    content_type: {
      value: cdktf.stringToHclTerraform(struct!.contentType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    description: {
      value: cdktf.stringToHclTerraform(struct!.description),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    display_name: {
      value: cdktf.stringToHclTerraform(struct!.displayName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    order: {
      value: cdktf.numberToHclTerraform(struct!.order),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    sharing_uri: {
      value: cdktf.stringToHclTerraform(struct!.sharingUri),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LearningModulesInformStepsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): LearningModulesInformSteps | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._contentType !== undefined) {
      hasAnyValues = true;
      internalValueResult.contentType = this._contentType;
    }
    if (this._description !== undefined) {
      hasAnyValues = true;
      internalValueResult.description = this._description;
    }
    if (this._displayName !== undefined) {
      hasAnyValues = true;
      internalValueResult.displayName = this._displayName;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._order !== undefined) {
      hasAnyValues = true;
      internalValueResult.order = this._order;
    }
    if (this._sharingUri !== undefined) {
      hasAnyValues = true;
      internalValueResult.sharingUri = this._sharingUri;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LearningModulesInformSteps | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._contentType = undefined;
      this._description = undefined;
      this._displayName = undefined;
      this._name = undefined;
      this._order = undefined;
      this._sharingUri = undefined;
      this._type = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._contentType = value.contentType;
      this._description = value.description;
      this._displayName = value.displayName;
      this._name = value.name;
      this._order = value.order;
      this._sharingUri = value.sharingUri;
      this._type = value.type;
      this._value = value.value;
    }
  }

  // content_type - computed: false, optional: true, required: false
  private _contentType?: string; 
  public get contentType() {
    return this.getStringAttribute('content_type');
  }
  public set contentType(value: string) {
    this._contentType = value;
  }
  public resetContentType() {
    this._contentType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get contentTypeInput() {
    return this._contentType;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // display_name - computed: false, optional: true, required: false
  private _displayName?: string; 
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  public resetDisplayName() {
    this._displayName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get displayNameInput() {
    return this._displayName;
  }

  // name - computed: false, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // order - computed: false, optional: false, required: true
  private _order?: number; 
  public get order() {
    return this.getNumberAttribute('order');
  }
  public set order(value: number) {
    this._order = value;
  }
  // Temporarily expose input value. Use with caution.
  public get orderInput() {
    return this._order;
  }

  // sharing_uri - computed: false, optional: true, required: false
  private _sharingUri?: string; 
  public get sharingUri() {
    return this.getStringAttribute('sharing_uri');
  }
  public set sharingUri(value: string) {
    this._sharingUri = value;
  }
  public resetSharingUri() {
    this._sharingUri = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sharingUriInput() {
    return this._sharingUri;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class LearningModulesInformStepsList extends cdktf.ComplexList {
  public internalValue? : LearningModulesInformSteps[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): LearningModulesInformStepsOutputReference {
    return new LearningModulesInformStepsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface LearningModulesReviewAssessmentResults {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#by_assignees LearningModules#by_assignees}
  */
  readonly byAssignees?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#by_viewers LearningModules#by_viewers}
  */
  readonly byViewers?: boolean | cdktf.IResolvable;
}

export function learningModulesReviewAssessmentResultsToTerraform(struct?: LearningModulesReviewAssessmentResultsOutputReference | LearningModulesReviewAssessmentResults): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    by_assignees: cdktf.booleanToTerraform(struct!.byAssignees),
    by_viewers: cdktf.booleanToTerraform(struct!.byViewers),
  }
}


export function learningModulesReviewAssessmentResultsToHclTerraform(struct?: LearningModulesReviewAssessmentResultsOutputReference | LearningModulesReviewAssessmentResults): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    by_assignees: {
      value: cdktf.booleanToHclTerraform(struct!.byAssignees),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    by_viewers: {
      value: cdktf.booleanToHclTerraform(struct!.byViewers),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LearningModulesReviewAssessmentResultsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LearningModulesReviewAssessmentResults | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._byAssignees !== undefined) {
      hasAnyValues = true;
      internalValueResult.byAssignees = this._byAssignees;
    }
    if (this._byViewers !== undefined) {
      hasAnyValues = true;
      internalValueResult.byViewers = this._byViewers;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LearningModulesReviewAssessmentResults | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._byAssignees = undefined;
      this._byViewers = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._byAssignees = value.byAssignees;
      this._byViewers = value.byViewers;
    }
  }

  // by_assignees - computed: false, optional: true, required: false
  private _byAssignees?: boolean | cdktf.IResolvable; 
  public get byAssignees() {
    return this.getBooleanAttribute('by_assignees');
  }
  public set byAssignees(value: boolean | cdktf.IResolvable) {
    this._byAssignees = value;
  }
  public resetByAssignees() {
    this._byAssignees = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get byAssigneesInput() {
    return this._byAssignees;
  }

  // by_viewers - computed: false, optional: true, required: false
  private _byViewers?: boolean | cdktf.IResolvable; 
  public get byViewers() {
    return this.getBooleanAttribute('by_viewers');
  }
  public set byViewers(value: boolean | cdktf.IResolvable) {
    this._byViewers = value;
  }
  public resetByViewers() {
    this._byViewers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get byViewersInput() {
    return this._byViewers;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules genesyscloud_learning_modules}
*/
export class LearningModules extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "genesyscloud_learning_modules";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a LearningModules resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the LearningModules to import
  * @param importFromId The id of the existing LearningModules that should be imported. Refer to the {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the LearningModules to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "genesyscloud_learning_modules", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/learning_modules genesyscloud_learning_modules} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options LearningModulesConfig
  */
  public constructor(scope: Construct, id: string, config: LearningModulesConfig) {
    super(scope, id, {
      terraformResourceType: 'genesyscloud_learning_modules',
      terraformGeneratorMetadata: {
        providerName: 'genesyscloud',
        providerVersion: '1.84.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._completionTimeInDays = config.completionTimeInDays;
    this._coverArtId = config.coverArtId;
    this._description = config.description;
    this._enforceContentOrder = config.enforceContentOrder;
    this._excludedFromCatalog = config.excludedFromCatalog;
    this._externalId = config.externalId;
    this._id = config.id;
    this._isPublished = config.isPublished;
    this._lengthInMinutes = config.lengthInMinutes;
    this._name = config.name;
    this._type = config.type;
    this._assessmentForm.internalValue = config.assessmentForm;
    this._autoAssign.internalValue = config.autoAssign;
    this._informSteps.internalValue = config.informSteps;
    this._reviewAssessmentResults.internalValue = config.reviewAssessmentResults;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // completion_time_in_days - computed: false, optional: false, required: true
  private _completionTimeInDays?: number; 
  public get completionTimeInDays() {
    return this.getNumberAttribute('completion_time_in_days');
  }
  public set completionTimeInDays(value: number) {
    this._completionTimeInDays = value;
  }
  // Temporarily expose input value. Use with caution.
  public get completionTimeInDaysInput() {
    return this._completionTimeInDays;
  }

  // cover_art_id - computed: false, optional: true, required: false
  private _coverArtId?: string; 
  public get coverArtId() {
    return this.getStringAttribute('cover_art_id');
  }
  public set coverArtId(value: string) {
    this._coverArtId = value;
  }
  public resetCoverArtId() {
    this._coverArtId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get coverArtIdInput() {
    return this._coverArtId;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // enforce_content_order - computed: false, optional: true, required: false
  private _enforceContentOrder?: boolean | cdktf.IResolvable; 
  public get enforceContentOrder() {
    return this.getBooleanAttribute('enforce_content_order');
  }
  public set enforceContentOrder(value: boolean | cdktf.IResolvable) {
    this._enforceContentOrder = value;
  }
  public resetEnforceContentOrder() {
    this._enforceContentOrder = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enforceContentOrderInput() {
    return this._enforceContentOrder;
  }

  // excluded_from_catalog - computed: false, optional: true, required: false
  private _excludedFromCatalog?: boolean | cdktf.IResolvable; 
  public get excludedFromCatalog() {
    return this.getBooleanAttribute('excluded_from_catalog');
  }
  public set excludedFromCatalog(value: boolean | cdktf.IResolvable) {
    this._excludedFromCatalog = value;
  }
  public resetExcludedFromCatalog() {
    this._excludedFromCatalog = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludedFromCatalogInput() {
    return this._excludedFromCatalog;
  }

  // external_id - computed: false, optional: true, required: false
  private _externalId?: string; 
  public get externalId() {
    return this.getStringAttribute('external_id');
  }
  public set externalId(value: string) {
    this._externalId = value;
  }
  public resetExternalId() {
    this._externalId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalIdInput() {
    return this._externalId;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // is_published - computed: false, optional: true, required: false
  private _isPublished?: boolean | cdktf.IResolvable; 
  public get isPublished() {
    return this.getBooleanAttribute('is_published');
  }
  public set isPublished(value: boolean | cdktf.IResolvable) {
    this._isPublished = value;
  }
  public resetIsPublished() {
    this._isPublished = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isPublishedInput() {
    return this._isPublished;
  }

  // length_in_minutes - computed: false, optional: true, required: false
  private _lengthInMinutes?: number; 
  public get lengthInMinutes() {
    return this.getNumberAttribute('length_in_minutes');
  }
  public set lengthInMinutes(value: number) {
    this._lengthInMinutes = value;
  }
  public resetLengthInMinutes() {
    this._lengthInMinutes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lengthInMinutesInput() {
    return this._lengthInMinutes;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // type - computed: false, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // assessment_form - computed: false, optional: true, required: false
  private _assessmentForm = new LearningModulesAssessmentFormOutputReference(this, "assessment_form");
  public get assessmentForm() {
    return this._assessmentForm;
  }
  public putAssessmentForm(value: LearningModulesAssessmentForm) {
    this._assessmentForm.internalValue = value;
  }
  public resetAssessmentForm() {
    this._assessmentForm.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get assessmentFormInput() {
    return this._assessmentForm.internalValue;
  }

  // auto_assign - computed: false, optional: true, required: false
  private _autoAssign = new LearningModulesAutoAssignOutputReference(this, "auto_assign");
  public get autoAssign() {
    return this._autoAssign;
  }
  public putAutoAssign(value: LearningModulesAutoAssign) {
    this._autoAssign.internalValue = value;
  }
  public resetAutoAssign() {
    this._autoAssign.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoAssignInput() {
    return this._autoAssign.internalValue;
  }

  // inform_steps - computed: false, optional: true, required: false
  private _informSteps = new LearningModulesInformStepsList(this, "inform_steps", false);
  public get informSteps() {
    return this._informSteps;
  }
  public putInformSteps(value: LearningModulesInformSteps[] | cdktf.IResolvable) {
    this._informSteps.internalValue = value;
  }
  public resetInformSteps() {
    this._informSteps.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get informStepsInput() {
    return this._informSteps.internalValue;
  }

  // review_assessment_results - computed: false, optional: true, required: false
  private _reviewAssessmentResults = new LearningModulesReviewAssessmentResultsOutputReference(this, "review_assessment_results");
  public get reviewAssessmentResults() {
    return this._reviewAssessmentResults;
  }
  public putReviewAssessmentResults(value: LearningModulesReviewAssessmentResults) {
    this._reviewAssessmentResults.internalValue = value;
  }
  public resetReviewAssessmentResults() {
    this._reviewAssessmentResults.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reviewAssessmentResultsInput() {
    return this._reviewAssessmentResults.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      completion_time_in_days: cdktf.numberToTerraform(this._completionTimeInDays),
      cover_art_id: cdktf.stringToTerraform(this._coverArtId),
      description: cdktf.stringToTerraform(this._description),
      enforce_content_order: cdktf.booleanToTerraform(this._enforceContentOrder),
      excluded_from_catalog: cdktf.booleanToTerraform(this._excludedFromCatalog),
      external_id: cdktf.stringToTerraform(this._externalId),
      id: cdktf.stringToTerraform(this._id),
      is_published: cdktf.booleanToTerraform(this._isPublished),
      length_in_minutes: cdktf.numberToTerraform(this._lengthInMinutes),
      name: cdktf.stringToTerraform(this._name),
      type: cdktf.stringToTerraform(this._type),
      assessment_form: learningModulesAssessmentFormToTerraform(this._assessmentForm.internalValue),
      auto_assign: learningModulesAutoAssignToTerraform(this._autoAssign.internalValue),
      inform_steps: cdktf.listMapper(learningModulesInformStepsToTerraform, true)(this._informSteps.internalValue),
      review_assessment_results: learningModulesReviewAssessmentResultsToTerraform(this._reviewAssessmentResults.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      completion_time_in_days: {
        value: cdktf.numberToHclTerraform(this._completionTimeInDays),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      cover_art_id: {
        value: cdktf.stringToHclTerraform(this._coverArtId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      enforce_content_order: {
        value: cdktf.booleanToHclTerraform(this._enforceContentOrder),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      excluded_from_catalog: {
        value: cdktf.booleanToHclTerraform(this._excludedFromCatalog),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      external_id: {
        value: cdktf.stringToHclTerraform(this._externalId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      is_published: {
        value: cdktf.booleanToHclTerraform(this._isPublished),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      length_in_minutes: {
        value: cdktf.numberToHclTerraform(this._lengthInMinutes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      assessment_form: {
        value: learningModulesAssessmentFormToHclTerraform(this._assessmentForm.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LearningModulesAssessmentFormList",
      },
      auto_assign: {
        value: learningModulesAutoAssignToHclTerraform(this._autoAssign.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LearningModulesAutoAssignList",
      },
      inform_steps: {
        value: cdktf.listMapperHcl(learningModulesInformStepsToHclTerraform, true)(this._informSteps.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LearningModulesInformStepsList",
      },
      review_assessment_results: {
        value: learningModulesReviewAssessmentResultsToHclTerraform(this._reviewAssessmentResults.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LearningModulesReviewAssessmentResultsList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
