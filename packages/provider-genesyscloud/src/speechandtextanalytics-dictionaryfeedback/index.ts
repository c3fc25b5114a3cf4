// https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_dictionaryfeedback
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SpeechandtextanalyticsDictionaryfeedbackConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_dictionaryfeedback#boost_value SpeechandtextanalyticsDictionaryfeedback#boost_value}
  */
  readonly boostValue?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_dictionaryfeedback#dialect SpeechandtextanalyticsDictionaryfeedback#dialect}
  */
  readonly dialect: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_dictionaryfeedback#id SpeechandtextanalyticsDictionaryfeedback#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_dictionaryfeedback#sounds_like SpeechandtextanalyticsDictionaryfeedback#sounds_like}
  */
  readonly soundsLike?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_dictionaryfeedback#source SpeechandtextanalyticsDictionaryfeedback#source}
  */
  readonly source?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_dictionaryfeedback#term SpeechandtextanalyticsDictionaryfeedback#term}
  */
  readonly term: string;
  /**
  * example_phrases block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_dictionaryfeedback#example_phrases SpeechandtextanalyticsDictionaryfeedback#example_phrases}
  */
  readonly examplePhrases: SpeechandtextanalyticsDictionaryfeedbackExamplePhrases[] | cdktf.IResolvable;
}
export interface SpeechandtextanalyticsDictionaryfeedbackExamplePhrases {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_dictionaryfeedback#phrase SpeechandtextanalyticsDictionaryfeedback#phrase}
  */
  readonly phrase: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_dictionaryfeedback#source SpeechandtextanalyticsDictionaryfeedback#source}
  */
  readonly source?: string;
}

export function speechandtextanalyticsDictionaryfeedbackExamplePhrasesToTerraform(struct?: SpeechandtextanalyticsDictionaryfeedbackExamplePhrases | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    phrase: cdktf.stringToTerraform(struct!.phrase),
    source: cdktf.stringToTerraform(struct!.source),
  }
}


export function speechandtextanalyticsDictionaryfeedbackExamplePhrasesToHclTerraform(struct?: SpeechandtextanalyticsDictionaryfeedbackExamplePhrases | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    phrase: {
      value: cdktf.stringToHclTerraform(struct!.phrase),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    source: {
      value: cdktf.stringToHclTerraform(struct!.source),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SpeechandtextanalyticsDictionaryfeedbackExamplePhrasesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): SpeechandtextanalyticsDictionaryfeedbackExamplePhrases | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._phrase !== undefined) {
      hasAnyValues = true;
      internalValueResult.phrase = this._phrase;
    }
    if (this._source !== undefined) {
      hasAnyValues = true;
      internalValueResult.source = this._source;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SpeechandtextanalyticsDictionaryfeedbackExamplePhrases | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._phrase = undefined;
      this._source = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._phrase = value.phrase;
      this._source = value.source;
    }
  }

  // phrase - computed: false, optional: false, required: true
  private _phrase?: string; 
  public get phrase() {
    return this.getStringAttribute('phrase');
  }
  public set phrase(value: string) {
    this._phrase = value;
  }
  // Temporarily expose input value. Use with caution.
  public get phraseInput() {
    return this._phrase;
  }

  // source - computed: false, optional: true, required: false
  private _source?: string; 
  public get source() {
    return this.getStringAttribute('source');
  }
  public set source(value: string) {
    this._source = value;
  }
  public resetSource() {
    this._source = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceInput() {
    return this._source;
  }
}

export class SpeechandtextanalyticsDictionaryfeedbackExamplePhrasesList extends cdktf.ComplexList {
  public internalValue? : SpeechandtextanalyticsDictionaryfeedbackExamplePhrases[] | cdktf.IResolvable

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
  public get(index: number): SpeechandtextanalyticsDictionaryfeedbackExamplePhrasesOutputReference {
    return new SpeechandtextanalyticsDictionaryfeedbackExamplePhrasesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_dictionaryfeedback genesyscloud_speechandtextanalytics_dictionaryfeedback}
*/
export class SpeechandtextanalyticsDictionaryfeedback extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "genesyscloud_speechandtextanalytics_dictionaryfeedback";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SpeechandtextanalyticsDictionaryfeedback resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SpeechandtextanalyticsDictionaryfeedback to import
  * @param importFromId The id of the existing SpeechandtextanalyticsDictionaryfeedback that should be imported. Refer to the {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_dictionaryfeedback#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SpeechandtextanalyticsDictionaryfeedback to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "genesyscloud_speechandtextanalytics_dictionaryfeedback", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/speechandtextanalytics_dictionaryfeedback genesyscloud_speechandtextanalytics_dictionaryfeedback} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SpeechandtextanalyticsDictionaryfeedbackConfig
  */
  public constructor(scope: Construct, id: string, config: SpeechandtextanalyticsDictionaryfeedbackConfig) {
    super(scope, id, {
      terraformResourceType: 'genesyscloud_speechandtextanalytics_dictionaryfeedback',
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
    this._boostValue = config.boostValue;
    this._dialect = config.dialect;
    this._id = config.id;
    this._soundsLike = config.soundsLike;
    this._source = config.source;
    this._term = config.term;
    this._examplePhrases.internalValue = config.examplePhrases;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // boost_value - computed: false, optional: true, required: false
  private _boostValue?: number; 
  public get boostValue() {
    return this.getNumberAttribute('boost_value');
  }
  public set boostValue(value: number) {
    this._boostValue = value;
  }
  public resetBoostValue() {
    this._boostValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get boostValueInput() {
    return this._boostValue;
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

  // sounds_like - computed: false, optional: true, required: false
  private _soundsLike?: string[]; 
  public get soundsLike() {
    return cdktf.Fn.tolist(this.getListAttribute('sounds_like'));
  }
  public set soundsLike(value: string[]) {
    this._soundsLike = value;
  }
  public resetSoundsLike() {
    this._soundsLike = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get soundsLikeInput() {
    return this._soundsLike;
  }

  // source - computed: false, optional: true, required: false
  private _source?: string; 
  public get source() {
    return this.getStringAttribute('source');
  }
  public set source(value: string) {
    this._source = value;
  }
  public resetSource() {
    this._source = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceInput() {
    return this._source;
  }

  // term - computed: false, optional: false, required: true
  private _term?: string; 
  public get term() {
    return this.getStringAttribute('term');
  }
  public set term(value: string) {
    this._term = value;
  }
  // Temporarily expose input value. Use with caution.
  public get termInput() {
    return this._term;
  }

  // example_phrases - computed: false, optional: false, required: true
  private _examplePhrases = new SpeechandtextanalyticsDictionaryfeedbackExamplePhrasesList(this, "example_phrases", false);
  public get examplePhrases() {
    return this._examplePhrases;
  }
  public putExamplePhrases(value: SpeechandtextanalyticsDictionaryfeedbackExamplePhrases[] | cdktf.IResolvable) {
    this._examplePhrases.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get examplePhrasesInput() {
    return this._examplePhrases.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      boost_value: cdktf.numberToTerraform(this._boostValue),
      dialect: cdktf.stringToTerraform(this._dialect),
      id: cdktf.stringToTerraform(this._id),
      sounds_like: cdktf.listMapper(cdktf.stringToTerraform, false)(this._soundsLike),
      source: cdktf.stringToTerraform(this._source),
      term: cdktf.stringToTerraform(this._term),
      example_phrases: cdktf.listMapper(speechandtextanalyticsDictionaryfeedbackExamplePhrasesToTerraform, true)(this._examplePhrases.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      boost_value: {
        value: cdktf.numberToHclTerraform(this._boostValue),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
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
      sounds_like: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._soundsLike),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      source: {
        value: cdktf.stringToHclTerraform(this._source),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      term: {
        value: cdktf.stringToHclTerraform(this._term),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      example_phrases: {
        value: cdktf.listMapperHcl(speechandtextanalyticsDictionaryfeedbackExamplePhrasesToHclTerraform, true)(this._examplePhrases.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "SpeechandtextanalyticsDictionaryfeedbackExamplePhrasesList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
