// https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SpeechandtextanalyticsTopicConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic#description SpeechandtextanalyticsTopic#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic#dialect SpeechandtextanalyticsTopic#dialect}
  */
  readonly dialect: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic#id SpeechandtextanalyticsTopic#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic#name SpeechandtextanalyticsTopic#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic#participants SpeechandtextanalyticsTopic#participants}
  */
  readonly participants?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic#program_ids SpeechandtextanalyticsTopic#program_ids}
  */
  readonly programIds?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic#published SpeechandtextanalyticsTopic#published}
  */
  readonly published?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic#strictness SpeechandtextanalyticsTopic#strictness}
  */
  readonly strictness?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic#tags SpeechandtextanalyticsTopic#tags}
  */
  readonly tags?: string[];
  /**
  * phrases block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic#phrases SpeechandtextanalyticsTopic#phrases}
  */
  readonly phrases?: SpeechandtextanalyticsTopicPhrases[] | cdktf.IResolvable;
}
export interface SpeechandtextanalyticsTopicPhrases {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic#sentiment SpeechandtextanalyticsTopic#sentiment}
  */
  readonly sentiment?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic#strictness SpeechandtextanalyticsTopic#strictness}
  */
  readonly strictness?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic#text SpeechandtextanalyticsTopic#text}
  */
  readonly text: string;
}

export function speechandtextanalyticsTopicPhrasesToTerraform(struct?: SpeechandtextanalyticsTopicPhrases | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    sentiment: cdktf.stringToTerraform(struct!.sentiment),
    strictness: cdktf.stringToTerraform(struct!.strictness),
    text: cdktf.stringToTerraform(struct!.text),
  }
}


export function speechandtextanalyticsTopicPhrasesToHclTerraform(struct?: SpeechandtextanalyticsTopicPhrases | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    sentiment: {
      value: cdktf.stringToHclTerraform(struct!.sentiment),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    strictness: {
      value: cdktf.stringToHclTerraform(struct!.strictness),
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
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SpeechandtextanalyticsTopicPhrasesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): SpeechandtextanalyticsTopicPhrases | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._sentiment !== undefined) {
      hasAnyValues = true;
      internalValueResult.sentiment = this._sentiment;
    }
    if (this._strictness !== undefined) {
      hasAnyValues = true;
      internalValueResult.strictness = this._strictness;
    }
    if (this._text !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SpeechandtextanalyticsTopicPhrases | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._sentiment = undefined;
      this._strictness = undefined;
      this._text = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._sentiment = value.sentiment;
      this._strictness = value.strictness;
      this._text = value.text;
    }
  }

  // sentiment - computed: false, optional: true, required: false
  private _sentiment?: string; 
  public get sentiment() {
    return this.getStringAttribute('sentiment');
  }
  public set sentiment(value: string) {
    this._sentiment = value;
  }
  public resetSentiment() {
    this._sentiment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sentimentInput() {
    return this._sentiment;
  }

  // strictness - computed: false, optional: true, required: false
  private _strictness?: string; 
  public get strictness() {
    return this.getStringAttribute('strictness');
  }
  public set strictness(value: string) {
    this._strictness = value;
  }
  public resetStrictness() {
    this._strictness = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get strictnessInput() {
    return this._strictness;
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
}

export class SpeechandtextanalyticsTopicPhrasesList extends cdktf.ComplexList {
  public internalValue? : SpeechandtextanalyticsTopicPhrases[] | cdktf.IResolvable

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
  public get(index: number): SpeechandtextanalyticsTopicPhrasesOutputReference {
    return new SpeechandtextanalyticsTopicPhrasesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic genesyscloud_speechandtextanalytics_topic}
*/
export class SpeechandtextanalyticsTopic extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "genesyscloud_speechandtextanalytics_topic";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SpeechandtextanalyticsTopic resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SpeechandtextanalyticsTopic to import
  * @param importFromId The id of the existing SpeechandtextanalyticsTopic that should be imported. Refer to the {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SpeechandtextanalyticsTopic to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "genesyscloud_speechandtextanalytics_topic", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_topic genesyscloud_speechandtextanalytics_topic} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SpeechandtextanalyticsTopicConfig
  */
  public constructor(scope: Construct, id: string, config: SpeechandtextanalyticsTopicConfig) {
    super(scope, id, {
      terraformResourceType: 'genesyscloud_speechandtextanalytics_topic',
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
    this._description = config.description;
    this._dialect = config.dialect;
    this._id = config.id;
    this._name = config.name;
    this._participants = config.participants;
    this._programIds = config.programIds;
    this._published = config.published;
    this._strictness = config.strictness;
    this._tags = config.tags;
    this._phrases.internalValue = config.phrases;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // dialect - computed: false, optional: false, required: true
  private _dialect?: string; 
  public get dialect() {
    return this.getStringAttribute('dialect');
  }
  public set dialect(value: string) {
    this._dialect = value;
  }
  // Temporarily expose input value. Use with caution.
  public get dialectInput() {
    return this._dialect;
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

  // participants - computed: false, optional: true, required: false
  private _participants?: string; 
  public get participants() {
    return this.getStringAttribute('participants');
  }
  public set participants(value: string) {
    this._participants = value;
  }
  public resetParticipants() {
    this._participants = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get participantsInput() {
    return this._participants;
  }

  // program_ids - computed: false, optional: true, required: false
  private _programIds?: string[]; 
  public get programIds() {
    return cdktf.Fn.tolist(this.getListAttribute('program_ids'));
  }
  public set programIds(value: string[]) {
    this._programIds = value;
  }
  public resetProgramIds() {
    this._programIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get programIdsInput() {
    return this._programIds;
  }

  // published - computed: false, optional: true, required: false
  private _published?: boolean | cdktf.IResolvable; 
  public get published() {
    return this.getBooleanAttribute('published');
  }
  public set published(value: boolean | cdktf.IResolvable) {
    this._published = value;
  }
  public resetPublished() {
    this._published = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get publishedInput() {
    return this._published;
  }

  // strictness - computed: false, optional: true, required: false
  private _strictness?: string; 
  public get strictness() {
    return this.getStringAttribute('strictness');
  }
  public set strictness(value: string) {
    this._strictness = value;
  }
  public resetStrictness() {
    this._strictness = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get strictnessInput() {
    return this._strictness;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return cdktf.Fn.tolist(this.getListAttribute('tags'));
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // phrases - computed: false, optional: true, required: false
  private _phrases = new SpeechandtextanalyticsTopicPhrasesList(this, "phrases", false);
  public get phrases() {
    return this._phrases;
  }
  public putPhrases(value: SpeechandtextanalyticsTopicPhrases[] | cdktf.IResolvable) {
    this._phrases.internalValue = value;
  }
  public resetPhrases() {
    this._phrases.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get phrasesInput() {
    return this._phrases.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      description: cdktf.stringToTerraform(this._description),
      dialect: cdktf.stringToTerraform(this._dialect),
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      participants: cdktf.stringToTerraform(this._participants),
      program_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._programIds),
      published: cdktf.booleanToTerraform(this._published),
      strictness: cdktf.stringToTerraform(this._strictness),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      phrases: cdktf.listMapper(speechandtextanalyticsTopicPhrasesToTerraform, true)(this._phrases.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dialect: {
        value: cdktf.stringToHclTerraform(this._dialect),
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
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      participants: {
        value: cdktf.stringToHclTerraform(this._participants),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      program_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._programIds),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      published: {
        value: cdktf.booleanToHclTerraform(this._published),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      strictness: {
        value: cdktf.stringToHclTerraform(this._strictness),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      phrases: {
        value: cdktf.listMapperHcl(speechandtextanalyticsTopicPhrasesToHclTerraform, true)(this._phrases.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "SpeechandtextanalyticsTopicPhrasesList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
