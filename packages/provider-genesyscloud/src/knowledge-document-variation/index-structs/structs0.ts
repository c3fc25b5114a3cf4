import * as cdktf from 'cdktf';
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationDocumentVersion {
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationDocumentVersionToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationDocumentVersion): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationDocumentVersionToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationDocumentVersion): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationDocumentVersionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationDocumentVersion | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationDocumentVersion | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationDocumentVersionList extends cdktf.ComplexList {

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationDocumentVersionOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationDocumentVersionOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnit {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnitToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnitToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnit | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnit | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#alt_text KnowledgeDocumentVariation#alt_text}
  */
  readonly altText?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: number;
  /**
  * width_with_unit block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width_with_unit KnowledgeDocumentVariation#width_with_unit}
  */
  readonly widthWithUnit?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnit;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    alt_text: cdktf.stringToTerraform(struct!.altText),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    width: cdktf.numberToTerraform(struct!.width),
    width_with_unit: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnitToTerraform(struct!.widthWithUnit),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alt_text: {
      value: cdktf.stringToHclTerraform(struct!.altText),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width: {
      value: cdktf.numberToHclTerraform(struct!.width),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width_with_unit: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnitToHclTerraform(struct!.widthWithUnit),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnitList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._altText !== undefined) {
      hasAnyValues = true;
      internalValueResult.altText = this._altText;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._width !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width;
    }
    if (this._widthWithUnit?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.widthWithUnit = this._widthWithUnit?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._altText = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._width = undefined;
      this._widthWithUnit.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._altText = value.altText;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._width = value.width;
      this._widthWithUnit.internalValue = value.widthWithUnit;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // alt_text - computed: false, optional: true, required: false
  private _altText?: string; 
  public get altText() {
    return this.getStringAttribute('alt_text');
  }
  public set altText(value: string) {
    this._altText = value;
  }
  public resetAltText() {
    this._altText = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get altTextInput() {
    return this._altText;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // width - computed: false, optional: true, required: false
  private _width?: number; 
  public get width() {
    return this.getNumberAttribute('width');
  }
  public set width(value: number) {
    this._width = value;
  }
  public resetWidth() {
    this._width = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width;
  }

  // width_with_unit - computed: false, optional: true, required: false
  private _widthWithUnit = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnitOutputReference(this, "width_with_unit");
  public get widthWithUnit() {
    return this._widthWithUnit;
  }
  public putWidthWithUnit(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesWidthWithUnit) {
    this._widthWithUnit.internalValue = value;
  }
  public resetWidthWithUnit() {
    this._widthWithUnit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthWithUnitInput() {
    return this._widthWithUnit.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImage {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImage | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImage | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImagePropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnit {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnitToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnitToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnit | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnit | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#alt_text KnowledgeDocumentVariation#alt_text}
  */
  readonly altText?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: number;
  /**
  * width_with_unit block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width_with_unit KnowledgeDocumentVariation#width_with_unit}
  */
  readonly widthWithUnit?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnit;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    alt_text: cdktf.stringToTerraform(struct!.altText),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    width: cdktf.numberToTerraform(struct!.width),
    width_with_unit: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnitToTerraform(struct!.widthWithUnit),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alt_text: {
      value: cdktf.stringToHclTerraform(struct!.altText),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width: {
      value: cdktf.numberToHclTerraform(struct!.width),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width_with_unit: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnitToHclTerraform(struct!.widthWithUnit),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnitList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._altText !== undefined) {
      hasAnyValues = true;
      internalValueResult.altText = this._altText;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._width !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width;
    }
    if (this._widthWithUnit?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.widthWithUnit = this._widthWithUnit?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._altText = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._width = undefined;
      this._widthWithUnit.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._altText = value.altText;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._width = value.width;
      this._widthWithUnit.internalValue = value.widthWithUnit;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // alt_text - computed: false, optional: true, required: false
  private _altText?: string; 
  public get altText() {
    return this.getStringAttribute('alt_text');
  }
  public set altText(value: string) {
    this._altText = value;
  }
  public resetAltText() {
    this._altText = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get altTextInput() {
    return this._altText;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // width - computed: false, optional: true, required: false
  private _width?: number; 
  public get width() {
    return this.getNumberAttribute('width');
  }
  public set width(value: number) {
    this._width = value;
  }
  public resetWidth() {
    this._width = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width;
  }

  // width_with_unit - computed: false, optional: true, required: false
  private _widthWithUnit = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnitOutputReference(this, "width_with_unit");
  public get widthWithUnit() {
    return this._widthWithUnit;
  }
  public putWidthWithUnit(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesWidthWithUnit) {
    this._widthWithUnit.internalValue = value;
  }
  public resetWidthWithUnit() {
    this._widthWithUnit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthWithUnitInput() {
    return this._widthWithUnit.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImage {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImage | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImage | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImagePropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_size KnowledgeDocumentVariation#font_size}
  */
  readonly fontSize?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text_color KnowledgeDocumentVariation#text_color}
  */
  readonly textColor?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    font_size: cdktf.stringToTerraform(struct!.fontSize),
    text_color: cdktf.stringToTerraform(struct!.textColor),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_size: {
      value: cdktf.stringToHclTerraform(struct!.fontSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    text_color: {
      value: cdktf.stringToHclTerraform(struct!.textColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._fontSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontSize = this._fontSize;
    }
    if (this._textColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.textColor = this._textColor;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._backgroundColor = undefined;
      this._fontSize = undefined;
      this._textColor = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._backgroundColor = value.backgroundColor;
      this._fontSize = value.fontSize;
      this._textColor = value.textColor;
    }
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // font_size - computed: false, optional: true, required: false
  private _fontSize?: string; 
  public get fontSize() {
    return this.getStringAttribute('font_size');
  }
  public set fontSize(value: string) {
    this._fontSize = value;
  }
  public resetFontSize() {
    this._fontSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontSizeInput() {
    return this._fontSize;
  }

  // text_color - computed: false, optional: true, required: false
  private _textColor?: string; 
  public get textColor() {
    return this.getStringAttribute('text_color');
  }
  public set textColor(value: string) {
    this._textColor = value;
  }
  public resetTextColor() {
    this._textColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textColorInput() {
    return this._textColor;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksText {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#marks KnowledgeDocumentVariation#marks}
  */
  readonly marks?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    marks: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.marks),
    text: cdktf.stringToTerraform(struct!.text),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    marks: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.marks),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    text: {
      value: cdktf.stringToHclTerraform(struct!.text),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksText | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._marks !== undefined) {
      hasAnyValues = true;
      internalValueResult.marks = this._marks;
    }
    if (this._text !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksText | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._marks = undefined;
      this._text = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._marks = value.marks;
      this._text = value.text;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // marks - computed: false, optional: true, required: false
  private _marks?: string[]; 
  public get marks() {
    return cdktf.Fn.tolist(this.getListAttribute('marks'));
  }
  public set marks(value: string[]) {
    this._marks = value;
  }
  public resetMarks() {
    this._marks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get marksInput() {
    return this._marks;
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

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeight {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeightToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeightToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeightOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeight | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeight | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidth {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidthToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidthToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidthOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidth | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidth | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * height block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#height KnowledgeDocumentVariation#height}
  */
  readonly height?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeight;
  /**
  * width block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidth;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    height: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeightToTerraform(struct!.height),
    width: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidthToTerraform(struct!.width),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    height: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeightToHclTerraform(struct!.height),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeightList",
    },
    width: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidthToHclTerraform(struct!.width),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidthList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._height?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.height = this._height?.internalValue;
    }
    if (this._width?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._height.internalValue = undefined;
      this._width.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._height.internalValue = value.height;
      this._width.internalValue = value.width;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // height - computed: false, optional: true, required: false
  private _height = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeightOutputReference(this, "height");
  public get height() {
    return this._height;
  }
  public putHeight(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesHeight) {
    this._height.internalValue = value;
  }
  public resetHeight() {
    this._height.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heightInput() {
    return this._height.internalValue;
  }

  // width - computed: false, optional: true, required: false
  private _width = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidthOutputReference(this, "width");
  public get width() {
    return this._width;
  }
  public putWidth(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesWidth) {
    this._width.internalValue = value;
  }
  public resetWidth() {
    this._width.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideo {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideo | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#type KnowledgeDocumentVariation#type}
  */
  readonly type: string;
  /**
  * image block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#image KnowledgeDocumentVariation#image}
  */
  readonly image?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImage;
  /**
  * list block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#list KnowledgeDocumentVariation#list}
  */
  readonly list?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStruct;
  /**
  * text block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksText;
  /**
  * video block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#video KnowledgeDocumentVariation#video}
  */
  readonly video?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideo;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    type: cdktf.stringToTerraform(struct!.type),
    image: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageToTerraform(struct!.image),
    list: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStructToTerraform(struct!.list),
    text: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextToTerraform(struct!.text),
    video: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoToTerraform(struct!.video),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    image: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageToHclTerraform(struct!.image),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageList",
    },
    list: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStructToHclTerraform(struct!.list),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStructList",
    },
    text: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextToHclTerraform(struct!.text),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextList",
    },
    video: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoToHclTerraform(struct!.video),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._image?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.image = this._image?.internalValue;
    }
    if (this._list?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.list = this._list?.internalValue;
    }
    if (this._text?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text?.internalValue;
    }
    if (this._video?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.video = this._video?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._type = undefined;
      this._image.internalValue = undefined;
      this._list.internalValue = undefined;
      this._text.internalValue = undefined;
      this._video.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._type = value.type;
      this._image.internalValue = value.image;
      this._list.internalValue = value.list;
      this._text.internalValue = value.text;
      this._video.internalValue = value.video;
    }
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

  // image - computed: false, optional: true, required: false
  private _image = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImageOutputReference(this, "image");
  public get image() {
    return this._image;
  }
  public putImage(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksImage) {
    this._image.internalValue = value;
  }
  public resetImage() {
    this._image.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageInput() {
    return this._image.internalValue;
  }

  // list - computed: false, optional: true, required: false
  private _list = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStructOutputReference(this, "list");
  public get list() {
    return this._list;
  }
  public putList(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStruct) {
    this._list.internalValue = value;
  }
  public resetList() {
    this._list.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get listInput() {
    return this._list.internalValue;
  }

  // text - computed: false, optional: true, required: false
  private _text = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksTextOutputReference(this, "text");
  public get text() {
    return this._text;
  }
  public putText(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksText) {
    this._text.internalValue = value;
  }
  public resetText() {
    this._text.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textInput() {
    return this._text.internalValue;
  }

  // video - computed: false, optional: true, required: false
  private _video = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideoOutputReference(this, "video");
  public get video() {
    return this._video;
  }
  public putVideo(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksVideo) {
    this._video.internalValue = value;
  }
  public resetVideo() {
    this._video.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get videoInput() {
    return this._video.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocks[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_size KnowledgeDocumentVariation#font_size}
  */
  readonly fontSize?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_type KnowledgeDocumentVariation#font_type}
  */
  readonly fontType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#ordered_type KnowledgeDocumentVariation#ordered_type}
  */
  readonly orderedType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text_color KnowledgeDocumentVariation#text_color}
  */
  readonly textColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unordered_type KnowledgeDocumentVariation#unordered_type}
  */
  readonly unorderedType?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    font_size: cdktf.stringToTerraform(struct!.fontSize),
    font_type: cdktf.stringToTerraform(struct!.fontType),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    ordered_type: cdktf.stringToTerraform(struct!.orderedType),
    text_color: cdktf.stringToTerraform(struct!.textColor),
    unordered_type: cdktf.stringToTerraform(struct!.unorderedType),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_size: {
      value: cdktf.stringToHclTerraform(struct!.fontSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_type: {
      value: cdktf.stringToHclTerraform(struct!.fontType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ordered_type: {
      value: cdktf.stringToHclTerraform(struct!.orderedType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    text_color: {
      value: cdktf.stringToHclTerraform(struct!.textColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    unordered_type: {
      value: cdktf.stringToHclTerraform(struct!.unorderedType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._fontSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontSize = this._fontSize;
    }
    if (this._fontType !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontType = this._fontType;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._orderedType !== undefined) {
      hasAnyValues = true;
      internalValueResult.orderedType = this._orderedType;
    }
    if (this._textColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.textColor = this._textColor;
    }
    if (this._unorderedType !== undefined) {
      hasAnyValues = true;
      internalValueResult.unorderedType = this._unorderedType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._backgroundColor = undefined;
      this._fontSize = undefined;
      this._fontType = undefined;
      this._indentation = undefined;
      this._orderedType = undefined;
      this._textColor = undefined;
      this._unorderedType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._backgroundColor = value.backgroundColor;
      this._fontSize = value.fontSize;
      this._fontType = value.fontType;
      this._indentation = value.indentation;
      this._orderedType = value.orderedType;
      this._textColor = value.textColor;
      this._unorderedType = value.unorderedType;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // font_size - computed: false, optional: true, required: false
  private _fontSize?: string; 
  public get fontSize() {
    return this.getStringAttribute('font_size');
  }
  public set fontSize(value: string) {
    this._fontSize = value;
  }
  public resetFontSize() {
    this._fontSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontSizeInput() {
    return this._fontSize;
  }

  // font_type - computed: false, optional: true, required: false
  private _fontType?: string; 
  public get fontType() {
    return this.getStringAttribute('font_type');
  }
  public set fontType(value: string) {
    this._fontType = value;
  }
  public resetFontType() {
    this._fontType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontTypeInput() {
    return this._fontType;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // ordered_type - computed: false, optional: true, required: false
  private _orderedType?: string; 
  public get orderedType() {
    return this.getStringAttribute('ordered_type');
  }
  public set orderedType(value: string) {
    this._orderedType = value;
  }
  public resetOrderedType() {
    this._orderedType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderedTypeInput() {
    return this._orderedType;
  }

  // text_color - computed: false, optional: true, required: false
  private _textColor?: string; 
  public get textColor() {
    return this.getStringAttribute('text_color');
  }
  public set textColor(value: string) {
    this._textColor = value;
  }
  public resetTextColor() {
    this._textColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textColorInput() {
    return this._textColor;
  }

  // unordered_type - computed: false, optional: true, required: false
  private _unorderedType?: string; 
  public get unorderedType() {
    return this.getStringAttribute('unordered_type');
  }
  public set unorderedType(value: string) {
    this._unorderedType = value;
  }
  public resetUnorderedType() {
    this._unorderedType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unorderedTypeInput() {
    return this._unorderedType;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#type KnowledgeDocumentVariation#type}
  */
  readonly type: string;
  /**
  * blocks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#blocks KnowledgeDocumentVariation#blocks}
  */
  readonly blocks: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocks[] | cdktf.IResolvable;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    type: cdktf.stringToTerraform(struct!.type),
    blocks: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksToTerraform, true)(struct!.blocks),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    blocks: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksToHclTerraform, true)(struct!.blocks),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksList",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._blocks?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.blocks = this._blocks?.internalValue;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._type = undefined;
      this._blocks.internalValue = undefined;
      this._properties.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._type = value.type;
      this._blocks.internalValue = value.blocks;
      this._properties.internalValue = value.properties;
    }
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

  // blocks - computed: false, optional: false, required: true
  private _blocks = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocksList(this, "blocks", false);
  public get blocks() {
    return this._blocks;
  }
  public putBlocks(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksBlocks[] | cdktf.IResolvable) {
    this._blocks.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get blocksInput() {
    return this._blocks.internalValue;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocks[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#ordered_type KnowledgeDocumentVariation#ordered_type}
  */
  readonly orderedType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unordered_type KnowledgeDocumentVariation#unordered_type}
  */
  readonly unorderedType?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ordered_type: cdktf.stringToTerraform(struct!.orderedType),
    unordered_type: cdktf.stringToTerraform(struct!.unorderedType),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ordered_type: {
      value: cdktf.stringToHclTerraform(struct!.orderedType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    unordered_type: {
      value: cdktf.stringToHclTerraform(struct!.unorderedType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._orderedType !== undefined) {
      hasAnyValues = true;
      internalValueResult.orderedType = this._orderedType;
    }
    if (this._unorderedType !== undefined) {
      hasAnyValues = true;
      internalValueResult.unorderedType = this._unorderedType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._orderedType = undefined;
      this._unorderedType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._orderedType = value.orderedType;
      this._unorderedType = value.unorderedType;
    }
  }

  // ordered_type - computed: false, optional: true, required: false
  private _orderedType?: string; 
  public get orderedType() {
    return this.getStringAttribute('ordered_type');
  }
  public set orderedType(value: string) {
    this._orderedType = value;
  }
  public resetOrderedType() {
    this._orderedType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderedTypeInput() {
    return this._orderedType;
  }

  // unordered_type - computed: false, optional: true, required: false
  private _unorderedType?: string; 
  public get unorderedType() {
    return this.getStringAttribute('unordered_type');
  }
  public set unorderedType(value: string) {
    this._unorderedType = value;
  }
  public resetUnorderedType() {
    this._unorderedType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unorderedTypeInput() {
    return this._unorderedType;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStruct {
  /**
  * blocks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#blocks KnowledgeDocumentVariation#blocks}
  */
  readonly blocks: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocks[] | cdktf.IResolvable;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStructToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStructOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStruct): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    blocks: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksToTerraform, true)(struct!.blocks),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStructToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStructOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStruct): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    blocks: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksToHclTerraform, true)(struct!.blocks),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksList",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStructOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStruct | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._blocks?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.blocks = this._blocks?.internalValue;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStruct | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._blocks.internalValue = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._blocks.internalValue = value.blocks;
      this._properties.internalValue = value.properties;
    }
  }

  // blocks - computed: false, optional: false, required: true
  private _blocks = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocksList(this, "blocks", false);
  public get blocks() {
    return this._blocks;
  }
  public putBlocks(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListBlocks[] | cdktf.IResolvable) {
    this._blocks.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get blocksInput() {
    return this._blocks.internalValue;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnit {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnitToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnitToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnit | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnit | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#alt_text KnowledgeDocumentVariation#alt_text}
  */
  readonly altText?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: number;
  /**
  * width_with_unit block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width_with_unit KnowledgeDocumentVariation#width_with_unit}
  */
  readonly widthWithUnit?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnit;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    alt_text: cdktf.stringToTerraform(struct!.altText),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    width: cdktf.numberToTerraform(struct!.width),
    width_with_unit: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnitToTerraform(struct!.widthWithUnit),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alt_text: {
      value: cdktf.stringToHclTerraform(struct!.altText),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width: {
      value: cdktf.numberToHclTerraform(struct!.width),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width_with_unit: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnitToHclTerraform(struct!.widthWithUnit),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnitList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._altText !== undefined) {
      hasAnyValues = true;
      internalValueResult.altText = this._altText;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._width !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width;
    }
    if (this._widthWithUnit?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.widthWithUnit = this._widthWithUnit?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._altText = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._width = undefined;
      this._widthWithUnit.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._altText = value.altText;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._width = value.width;
      this._widthWithUnit.internalValue = value.widthWithUnit;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // alt_text - computed: false, optional: true, required: false
  private _altText?: string; 
  public get altText() {
    return this.getStringAttribute('alt_text');
  }
  public set altText(value: string) {
    this._altText = value;
  }
  public resetAltText() {
    this._altText = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get altTextInput() {
    return this._altText;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // width - computed: false, optional: true, required: false
  private _width?: number; 
  public get width() {
    return this.getNumberAttribute('width');
  }
  public set width(value: number) {
    this._width = value;
  }
  public resetWidth() {
    this._width = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width;
  }

  // width_with_unit - computed: false, optional: true, required: false
  private _widthWithUnit = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnitOutputReference(this, "width_with_unit");
  public get widthWithUnit() {
    return this._widthWithUnit;
  }
  public putWidthWithUnit(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesWidthWithUnit) {
    this._widthWithUnit.internalValue = value;
  }
  public resetWidthWithUnit() {
    this._widthWithUnit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthWithUnitInput() {
    return this._widthWithUnit.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImage {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImage | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImage | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImagePropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_size KnowledgeDocumentVariation#font_size}
  */
  readonly fontSize?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text_color KnowledgeDocumentVariation#text_color}
  */
  readonly textColor?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    font_size: cdktf.stringToTerraform(struct!.fontSize),
    text_color: cdktf.stringToTerraform(struct!.textColor),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_size: {
      value: cdktf.stringToHclTerraform(struct!.fontSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    text_color: {
      value: cdktf.stringToHclTerraform(struct!.textColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._fontSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontSize = this._fontSize;
    }
    if (this._textColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.textColor = this._textColor;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._backgroundColor = undefined;
      this._fontSize = undefined;
      this._textColor = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._backgroundColor = value.backgroundColor;
      this._fontSize = value.fontSize;
      this._textColor = value.textColor;
    }
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // font_size - computed: false, optional: true, required: false
  private _fontSize?: string; 
  public get fontSize() {
    return this.getStringAttribute('font_size');
  }
  public set fontSize(value: string) {
    this._fontSize = value;
  }
  public resetFontSize() {
    this._fontSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontSizeInput() {
    return this._fontSize;
  }

  // text_color - computed: false, optional: true, required: false
  private _textColor?: string; 
  public get textColor() {
    return this.getStringAttribute('text_color');
  }
  public set textColor(value: string) {
    this._textColor = value;
  }
  public resetTextColor() {
    this._textColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textColorInput() {
    return this._textColor;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksText {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#marks KnowledgeDocumentVariation#marks}
  */
  readonly marks?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    marks: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.marks),
    text: cdktf.stringToTerraform(struct!.text),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    marks: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.marks),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    text: {
      value: cdktf.stringToHclTerraform(struct!.text),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksText | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._marks !== undefined) {
      hasAnyValues = true;
      internalValueResult.marks = this._marks;
    }
    if (this._text !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksText | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._marks = undefined;
      this._text = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._marks = value.marks;
      this._text = value.text;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // marks - computed: false, optional: true, required: false
  private _marks?: string[]; 
  public get marks() {
    return cdktf.Fn.tolist(this.getListAttribute('marks'));
  }
  public set marks(value: string[]) {
    this._marks = value;
  }
  public resetMarks() {
    this._marks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get marksInput() {
    return this._marks;
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

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeight {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeightToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeightToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeightOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeight | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeight | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidth {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidthToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidthToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidthOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidth | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidth | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * height block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#height KnowledgeDocumentVariation#height}
  */
  readonly height?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeight;
  /**
  * width block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidth;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    height: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeightToTerraform(struct!.height),
    width: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidthToTerraform(struct!.width),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    height: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeightToHclTerraform(struct!.height),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeightList",
    },
    width: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidthToHclTerraform(struct!.width),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidthList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._height?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.height = this._height?.internalValue;
    }
    if (this._width?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._height.internalValue = undefined;
      this._width.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._height.internalValue = value.height;
      this._width.internalValue = value.width;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // height - computed: false, optional: true, required: false
  private _height = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeightOutputReference(this, "height");
  public get height() {
    return this._height;
  }
  public putHeight(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesHeight) {
    this._height.internalValue = value;
  }
  public resetHeight() {
    this._height.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heightInput() {
    return this._height.internalValue;
  }

  // width - computed: false, optional: true, required: false
  private _width = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidthOutputReference(this, "width");
  public get width() {
    return this._width;
  }
  public putWidth(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesWidth) {
    this._width.internalValue = value;
  }
  public resetWidth() {
    this._width.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideo {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideo | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#type KnowledgeDocumentVariation#type}
  */
  readonly type: string;
  /**
  * image block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#image KnowledgeDocumentVariation#image}
  */
  readonly image?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImage;
  /**
  * text block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksText;
  /**
  * video block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#video KnowledgeDocumentVariation#video}
  */
  readonly video?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideo;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    type: cdktf.stringToTerraform(struct!.type),
    image: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageToTerraform(struct!.image),
    text: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextToTerraform(struct!.text),
    video: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoToTerraform(struct!.video),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    image: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageToHclTerraform(struct!.image),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageList",
    },
    text: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextToHclTerraform(struct!.text),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextList",
    },
    video: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoToHclTerraform(struct!.video),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._image?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.image = this._image?.internalValue;
    }
    if (this._text?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text?.internalValue;
    }
    if (this._video?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.video = this._video?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._type = undefined;
      this._image.internalValue = undefined;
      this._text.internalValue = undefined;
      this._video.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._type = value.type;
      this._image.internalValue = value.image;
      this._text.internalValue = value.text;
      this._video.internalValue = value.video;
    }
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

  // image - computed: false, optional: true, required: false
  private _image = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImageOutputReference(this, "image");
  public get image() {
    return this._image;
  }
  public putImage(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksImage) {
    this._image.internalValue = value;
  }
  public resetImage() {
    this._image.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageInput() {
    return this._image.internalValue;
  }

  // text - computed: false, optional: true, required: false
  private _text = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksTextOutputReference(this, "text");
  public get text() {
    return this._text;
  }
  public putText(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksText) {
    this._text.internalValue = value;
  }
  public resetText() {
    this._text.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textInput() {
    return this._text.internalValue;
  }

  // video - computed: false, optional: true, required: false
  private _video = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideoOutputReference(this, "video");
  public get video() {
    return this._video;
  }
  public putVideo(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksVideo) {
    this._video.internalValue = value;
  }
  public resetVideo() {
    this._video.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get videoInput() {
    return this._video.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocks[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_size KnowledgeDocumentVariation#font_size}
  */
  readonly fontSize?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_type KnowledgeDocumentVariation#font_type}
  */
  readonly fontType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text_color KnowledgeDocumentVariation#text_color}
  */
  readonly textColor?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    font_size: cdktf.stringToTerraform(struct!.fontSize),
    font_type: cdktf.stringToTerraform(struct!.fontType),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    text_color: cdktf.stringToTerraform(struct!.textColor),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_size: {
      value: cdktf.stringToHclTerraform(struct!.fontSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_type: {
      value: cdktf.stringToHclTerraform(struct!.fontType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    text_color: {
      value: cdktf.stringToHclTerraform(struct!.textColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._fontSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontSize = this._fontSize;
    }
    if (this._fontType !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontType = this._fontType;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._textColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.textColor = this._textColor;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._backgroundColor = undefined;
      this._fontSize = undefined;
      this._fontType = undefined;
      this._indentation = undefined;
      this._textColor = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._backgroundColor = value.backgroundColor;
      this._fontSize = value.fontSize;
      this._fontType = value.fontType;
      this._indentation = value.indentation;
      this._textColor = value.textColor;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // font_size - computed: false, optional: true, required: false
  private _fontSize?: string; 
  public get fontSize() {
    return this.getStringAttribute('font_size');
  }
  public set fontSize(value: string) {
    this._fontSize = value;
  }
  public resetFontSize() {
    this._fontSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontSizeInput() {
    return this._fontSize;
  }

  // font_type - computed: false, optional: true, required: false
  private _fontType?: string; 
  public get fontType() {
    return this.getStringAttribute('font_type');
  }
  public set fontType(value: string) {
    this._fontType = value;
  }
  public resetFontType() {
    this._fontType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontTypeInput() {
    return this._fontType;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // text_color - computed: false, optional: true, required: false
  private _textColor?: string; 
  public get textColor() {
    return this.getStringAttribute('text_color');
  }
  public set textColor(value: string) {
    this._textColor = value;
  }
  public resetTextColor() {
    this._textColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textColorInput() {
    return this._textColor;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraph {
  /**
  * blocks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#blocks KnowledgeDocumentVariation#blocks}
  */
  readonly blocks: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocks[] | cdktf.IResolvable;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraph): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    blocks: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksToTerraform, true)(struct!.blocks),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraph): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    blocks: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksToHclTerraform, true)(struct!.blocks),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksList",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraph | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._blocks?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.blocks = this._blocks?.internalValue;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraph | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._blocks.internalValue = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._blocks.internalValue = value.blocks;
      this._properties.internalValue = value.properties;
    }
  }

  // blocks - computed: false, optional: false, required: true
  private _blocks = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocksList(this, "blocks", false);
  public get blocks() {
    return this._blocks;
  }
  public putBlocks(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphBlocks[] | cdktf.IResolvable) {
    this._blocks.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get blocksInput() {
    return this._blocks.internalValue;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnit {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnitToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnitToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnit | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnit | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#alt_text KnowledgeDocumentVariation#alt_text}
  */
  readonly altText?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: number;
  /**
  * width_with_unit block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width_with_unit KnowledgeDocumentVariation#width_with_unit}
  */
  readonly widthWithUnit?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnit;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    alt_text: cdktf.stringToTerraform(struct!.altText),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    width: cdktf.numberToTerraform(struct!.width),
    width_with_unit: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnitToTerraform(struct!.widthWithUnit),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alt_text: {
      value: cdktf.stringToHclTerraform(struct!.altText),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width: {
      value: cdktf.numberToHclTerraform(struct!.width),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width_with_unit: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnitToHclTerraform(struct!.widthWithUnit),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnitList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._altText !== undefined) {
      hasAnyValues = true;
      internalValueResult.altText = this._altText;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._width !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width;
    }
    if (this._widthWithUnit?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.widthWithUnit = this._widthWithUnit?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._altText = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._width = undefined;
      this._widthWithUnit.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._altText = value.altText;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._width = value.width;
      this._widthWithUnit.internalValue = value.widthWithUnit;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // alt_text - computed: false, optional: true, required: false
  private _altText?: string; 
  public get altText() {
    return this.getStringAttribute('alt_text');
  }
  public set altText(value: string) {
    this._altText = value;
  }
  public resetAltText() {
    this._altText = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get altTextInput() {
    return this._altText;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // width - computed: false, optional: true, required: false
  private _width?: number; 
  public get width() {
    return this.getNumberAttribute('width');
  }
  public set width(value: number) {
    this._width = value;
  }
  public resetWidth() {
    this._width = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width;
  }

  // width_with_unit - computed: false, optional: true, required: false
  private _widthWithUnit = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnitOutputReference(this, "width_with_unit");
  public get widthWithUnit() {
    return this._widthWithUnit;
  }
  public putWidthWithUnit(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesWidthWithUnit) {
    this._widthWithUnit.internalValue = value;
  }
  public resetWidthWithUnit() {
    this._widthWithUnit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthWithUnitInput() {
    return this._widthWithUnit.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImage {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImage | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImage | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImagePropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnit {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnitToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnitToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnit | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnit | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#alt_text KnowledgeDocumentVariation#alt_text}
  */
  readonly altText?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: number;
  /**
  * width_with_unit block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width_with_unit KnowledgeDocumentVariation#width_with_unit}
  */
  readonly widthWithUnit?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnit;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    alt_text: cdktf.stringToTerraform(struct!.altText),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    width: cdktf.numberToTerraform(struct!.width),
    width_with_unit: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnitToTerraform(struct!.widthWithUnit),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alt_text: {
      value: cdktf.stringToHclTerraform(struct!.altText),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width: {
      value: cdktf.numberToHclTerraform(struct!.width),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width_with_unit: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnitToHclTerraform(struct!.widthWithUnit),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnitList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._altText !== undefined) {
      hasAnyValues = true;
      internalValueResult.altText = this._altText;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._width !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width;
    }
    if (this._widthWithUnit?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.widthWithUnit = this._widthWithUnit?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._altText = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._width = undefined;
      this._widthWithUnit.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._altText = value.altText;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._width = value.width;
      this._widthWithUnit.internalValue = value.widthWithUnit;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // alt_text - computed: false, optional: true, required: false
  private _altText?: string; 
  public get altText() {
    return this.getStringAttribute('alt_text');
  }
  public set altText(value: string) {
    this._altText = value;
  }
  public resetAltText() {
    this._altText = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get altTextInput() {
    return this._altText;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // width - computed: false, optional: true, required: false
  private _width?: number; 
  public get width() {
    return this.getNumberAttribute('width');
  }
  public set width(value: number) {
    this._width = value;
  }
  public resetWidth() {
    this._width = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width;
  }

  // width_with_unit - computed: false, optional: true, required: false
  private _widthWithUnit = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnitOutputReference(this, "width_with_unit");
  public get widthWithUnit() {
    return this._widthWithUnit;
  }
  public putWidthWithUnit(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesWidthWithUnit) {
    this._widthWithUnit.internalValue = value;
  }
  public resetWidthWithUnit() {
    this._widthWithUnit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthWithUnitInput() {
    return this._widthWithUnit.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImage {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImage | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImage | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImagePropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_size KnowledgeDocumentVariation#font_size}
  */
  readonly fontSize?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text_color KnowledgeDocumentVariation#text_color}
  */
  readonly textColor?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    font_size: cdktf.stringToTerraform(struct!.fontSize),
    text_color: cdktf.stringToTerraform(struct!.textColor),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_size: {
      value: cdktf.stringToHclTerraform(struct!.fontSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    text_color: {
      value: cdktf.stringToHclTerraform(struct!.textColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._fontSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontSize = this._fontSize;
    }
    if (this._textColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.textColor = this._textColor;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._backgroundColor = undefined;
      this._fontSize = undefined;
      this._textColor = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._backgroundColor = value.backgroundColor;
      this._fontSize = value.fontSize;
      this._textColor = value.textColor;
    }
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // font_size - computed: false, optional: true, required: false
  private _fontSize?: string; 
  public get fontSize() {
    return this.getStringAttribute('font_size');
  }
  public set fontSize(value: string) {
    this._fontSize = value;
  }
  public resetFontSize() {
    this._fontSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontSizeInput() {
    return this._fontSize;
  }

  // text_color - computed: false, optional: true, required: false
  private _textColor?: string; 
  public get textColor() {
    return this.getStringAttribute('text_color');
  }
  public set textColor(value: string) {
    this._textColor = value;
  }
  public resetTextColor() {
    this._textColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textColorInput() {
    return this._textColor;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksText {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#marks KnowledgeDocumentVariation#marks}
  */
  readonly marks?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    marks: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.marks),
    text: cdktf.stringToTerraform(struct!.text),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    marks: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.marks),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    text: {
      value: cdktf.stringToHclTerraform(struct!.text),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksText | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._marks !== undefined) {
      hasAnyValues = true;
      internalValueResult.marks = this._marks;
    }
    if (this._text !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksText | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._marks = undefined;
      this._text = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._marks = value.marks;
      this._text = value.text;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // marks - computed: false, optional: true, required: false
  private _marks?: string[]; 
  public get marks() {
    return cdktf.Fn.tolist(this.getListAttribute('marks'));
  }
  public set marks(value: string[]) {
    this._marks = value;
  }
  public resetMarks() {
    this._marks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get marksInput() {
    return this._marks;
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

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeight {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeightToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeightToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeightOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeight | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeight | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidth {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidthToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidthToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidthOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidth | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidth | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * height block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#height KnowledgeDocumentVariation#height}
  */
  readonly height?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeight;
  /**
  * width block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidth;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    height: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeightToTerraform(struct!.height),
    width: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidthToTerraform(struct!.width),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    height: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeightToHclTerraform(struct!.height),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeightList",
    },
    width: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidthToHclTerraform(struct!.width),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidthList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._height?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.height = this._height?.internalValue;
    }
    if (this._width?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._height.internalValue = undefined;
      this._width.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._height.internalValue = value.height;
      this._width.internalValue = value.width;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // height - computed: false, optional: true, required: false
  private _height = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeightOutputReference(this, "height");
  public get height() {
    return this._height;
  }
  public putHeight(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesHeight) {
    this._height.internalValue = value;
  }
  public resetHeight() {
    this._height.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heightInput() {
    return this._height.internalValue;
  }

  // width - computed: false, optional: true, required: false
  private _width = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidthOutputReference(this, "width");
  public get width() {
    return this._width;
  }
  public putWidth(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesWidth) {
    this._width.internalValue = value;
  }
  public resetWidth() {
    this._width.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideo {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideo | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#type KnowledgeDocumentVariation#type}
  */
  readonly type: string;
  /**
  * image block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#image KnowledgeDocumentVariation#image}
  */
  readonly image?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImage;
  /**
  * list block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#list KnowledgeDocumentVariation#list}
  */
  readonly list?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStruct;
  /**
  * text block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksText;
  /**
  * video block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#video KnowledgeDocumentVariation#video}
  */
  readonly video?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideo;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    type: cdktf.stringToTerraform(struct!.type),
    image: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageToTerraform(struct!.image),
    list: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStructToTerraform(struct!.list),
    text: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextToTerraform(struct!.text),
    video: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoToTerraform(struct!.video),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    image: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageToHclTerraform(struct!.image),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageList",
    },
    list: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStructToHclTerraform(struct!.list),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStructList",
    },
    text: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextToHclTerraform(struct!.text),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextList",
    },
    video: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoToHclTerraform(struct!.video),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._image?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.image = this._image?.internalValue;
    }
    if (this._list?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.list = this._list?.internalValue;
    }
    if (this._text?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text?.internalValue;
    }
    if (this._video?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.video = this._video?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._type = undefined;
      this._image.internalValue = undefined;
      this._list.internalValue = undefined;
      this._text.internalValue = undefined;
      this._video.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._type = value.type;
      this._image.internalValue = value.image;
      this._list.internalValue = value.list;
      this._text.internalValue = value.text;
      this._video.internalValue = value.video;
    }
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

  // image - computed: false, optional: true, required: false
  private _image = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImageOutputReference(this, "image");
  public get image() {
    return this._image;
  }
  public putImage(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksImage) {
    this._image.internalValue = value;
  }
  public resetImage() {
    this._image.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageInput() {
    return this._image.internalValue;
  }

  // list - computed: false, optional: true, required: false
  private _list = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStructOutputReference(this, "list");
  public get list() {
    return this._list;
  }
  public putList(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStruct) {
    this._list.internalValue = value;
  }
  public resetList() {
    this._list.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get listInput() {
    return this._list.internalValue;
  }

  // text - computed: false, optional: true, required: false
  private _text = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksTextOutputReference(this, "text");
  public get text() {
    return this._text;
  }
  public putText(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksText) {
    this._text.internalValue = value;
  }
  public resetText() {
    this._text.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textInput() {
    return this._text.internalValue;
  }

  // video - computed: false, optional: true, required: false
  private _video = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideoOutputReference(this, "video");
  public get video() {
    return this._video;
  }
  public putVideo(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksVideo) {
    this._video.internalValue = value;
  }
  public resetVideo() {
    this._video.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get videoInput() {
    return this._video.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocks[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_size KnowledgeDocumentVariation#font_size}
  */
  readonly fontSize?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_type KnowledgeDocumentVariation#font_type}
  */
  readonly fontType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#ordered_type KnowledgeDocumentVariation#ordered_type}
  */
  readonly orderedType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text_color KnowledgeDocumentVariation#text_color}
  */
  readonly textColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unordered_type KnowledgeDocumentVariation#unordered_type}
  */
  readonly unorderedType?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    font_size: cdktf.stringToTerraform(struct!.fontSize),
    font_type: cdktf.stringToTerraform(struct!.fontType),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    ordered_type: cdktf.stringToTerraform(struct!.orderedType),
    text_color: cdktf.stringToTerraform(struct!.textColor),
    unordered_type: cdktf.stringToTerraform(struct!.unorderedType),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_size: {
      value: cdktf.stringToHclTerraform(struct!.fontSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_type: {
      value: cdktf.stringToHclTerraform(struct!.fontType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ordered_type: {
      value: cdktf.stringToHclTerraform(struct!.orderedType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    text_color: {
      value: cdktf.stringToHclTerraform(struct!.textColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    unordered_type: {
      value: cdktf.stringToHclTerraform(struct!.unorderedType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._fontSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontSize = this._fontSize;
    }
    if (this._fontType !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontType = this._fontType;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._orderedType !== undefined) {
      hasAnyValues = true;
      internalValueResult.orderedType = this._orderedType;
    }
    if (this._textColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.textColor = this._textColor;
    }
    if (this._unorderedType !== undefined) {
      hasAnyValues = true;
      internalValueResult.unorderedType = this._unorderedType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._backgroundColor = undefined;
      this._fontSize = undefined;
      this._fontType = undefined;
      this._indentation = undefined;
      this._orderedType = undefined;
      this._textColor = undefined;
      this._unorderedType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._backgroundColor = value.backgroundColor;
      this._fontSize = value.fontSize;
      this._fontType = value.fontType;
      this._indentation = value.indentation;
      this._orderedType = value.orderedType;
      this._textColor = value.textColor;
      this._unorderedType = value.unorderedType;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // font_size - computed: false, optional: true, required: false
  private _fontSize?: string; 
  public get fontSize() {
    return this.getStringAttribute('font_size');
  }
  public set fontSize(value: string) {
    this._fontSize = value;
  }
  public resetFontSize() {
    this._fontSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontSizeInput() {
    return this._fontSize;
  }

  // font_type - computed: false, optional: true, required: false
  private _fontType?: string; 
  public get fontType() {
    return this.getStringAttribute('font_type');
  }
  public set fontType(value: string) {
    this._fontType = value;
  }
  public resetFontType() {
    this._fontType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontTypeInput() {
    return this._fontType;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // ordered_type - computed: false, optional: true, required: false
  private _orderedType?: string; 
  public get orderedType() {
    return this.getStringAttribute('ordered_type');
  }
  public set orderedType(value: string) {
    this._orderedType = value;
  }
  public resetOrderedType() {
    this._orderedType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderedTypeInput() {
    return this._orderedType;
  }

  // text_color - computed: false, optional: true, required: false
  private _textColor?: string; 
  public get textColor() {
    return this.getStringAttribute('text_color');
  }
  public set textColor(value: string) {
    this._textColor = value;
  }
  public resetTextColor() {
    this._textColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textColorInput() {
    return this._textColor;
  }

  // unordered_type - computed: false, optional: true, required: false
  private _unorderedType?: string; 
  public get unorderedType() {
    return this.getStringAttribute('unordered_type');
  }
  public set unorderedType(value: string) {
    this._unorderedType = value;
  }
  public resetUnorderedType() {
    this._unorderedType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unorderedTypeInput() {
    return this._unorderedType;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#type KnowledgeDocumentVariation#type}
  */
  readonly type: string;
  /**
  * blocks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#blocks KnowledgeDocumentVariation#blocks}
  */
  readonly blocks: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocks[] | cdktf.IResolvable;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    type: cdktf.stringToTerraform(struct!.type),
    blocks: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksToTerraform, true)(struct!.blocks),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    blocks: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksToHclTerraform, true)(struct!.blocks),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksList",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._blocks?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.blocks = this._blocks?.internalValue;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._type = undefined;
      this._blocks.internalValue = undefined;
      this._properties.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._type = value.type;
      this._blocks.internalValue = value.blocks;
      this._properties.internalValue = value.properties;
    }
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

  // blocks - computed: false, optional: false, required: true
  private _blocks = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocksList(this, "blocks", false);
  public get blocks() {
    return this._blocks;
  }
  public putBlocks(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksBlocks[] | cdktf.IResolvable) {
    this._blocks.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get blocksInput() {
    return this._blocks.internalValue;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocks[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#ordered_type KnowledgeDocumentVariation#ordered_type}
  */
  readonly orderedType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unordered_type KnowledgeDocumentVariation#unordered_type}
  */
  readonly unorderedType?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ordered_type: cdktf.stringToTerraform(struct!.orderedType),
    unordered_type: cdktf.stringToTerraform(struct!.unorderedType),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ordered_type: {
      value: cdktf.stringToHclTerraform(struct!.orderedType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    unordered_type: {
      value: cdktf.stringToHclTerraform(struct!.unorderedType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._orderedType !== undefined) {
      hasAnyValues = true;
      internalValueResult.orderedType = this._orderedType;
    }
    if (this._unorderedType !== undefined) {
      hasAnyValues = true;
      internalValueResult.unorderedType = this._unorderedType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._orderedType = undefined;
      this._unorderedType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._orderedType = value.orderedType;
      this._unorderedType = value.unorderedType;
    }
  }

  // ordered_type - computed: false, optional: true, required: false
  private _orderedType?: string; 
  public get orderedType() {
    return this.getStringAttribute('ordered_type');
  }
  public set orderedType(value: string) {
    this._orderedType = value;
  }
  public resetOrderedType() {
    this._orderedType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderedTypeInput() {
    return this._orderedType;
  }

  // unordered_type - computed: false, optional: true, required: false
  private _unorderedType?: string; 
  public get unorderedType() {
    return this.getStringAttribute('unordered_type');
  }
  public set unorderedType(value: string) {
    this._unorderedType = value;
  }
  public resetUnorderedType() {
    this._unorderedType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unorderedTypeInput() {
    return this._unorderedType;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStruct {
  /**
  * blocks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#blocks KnowledgeDocumentVariation#blocks}
  */
  readonly blocks: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocks[] | cdktf.IResolvable;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStructToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStructOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStruct): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    blocks: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksToTerraform, true)(struct!.blocks),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStructToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStructOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStruct): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    blocks: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksToHclTerraform, true)(struct!.blocks),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksList",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStructOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStruct | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._blocks?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.blocks = this._blocks?.internalValue;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStruct | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._blocks.internalValue = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._blocks.internalValue = value.blocks;
      this._properties.internalValue = value.properties;
    }
  }

  // blocks - computed: false, optional: false, required: true
  private _blocks = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocksList(this, "blocks", false);
  public get blocks() {
    return this._blocks;
  }
  public putBlocks(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListBlocks[] | cdktf.IResolvable) {
    this._blocks.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get blocksInput() {
    return this._blocks.internalValue;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnit {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnitToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnitToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnit | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnit | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#alt_text KnowledgeDocumentVariation#alt_text}
  */
  readonly altText?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: number;
  /**
  * width_with_unit block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width_with_unit KnowledgeDocumentVariation#width_with_unit}
  */
  readonly widthWithUnit?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnit;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    alt_text: cdktf.stringToTerraform(struct!.altText),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    width: cdktf.numberToTerraform(struct!.width),
    width_with_unit: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnitToTerraform(struct!.widthWithUnit),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alt_text: {
      value: cdktf.stringToHclTerraform(struct!.altText),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width: {
      value: cdktf.numberToHclTerraform(struct!.width),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width_with_unit: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnitToHclTerraform(struct!.widthWithUnit),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnitList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._altText !== undefined) {
      hasAnyValues = true;
      internalValueResult.altText = this._altText;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._width !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width;
    }
    if (this._widthWithUnit?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.widthWithUnit = this._widthWithUnit?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._altText = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._width = undefined;
      this._widthWithUnit.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._altText = value.altText;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._width = value.width;
      this._widthWithUnit.internalValue = value.widthWithUnit;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // alt_text - computed: false, optional: true, required: false
  private _altText?: string; 
  public get altText() {
    return this.getStringAttribute('alt_text');
  }
  public set altText(value: string) {
    this._altText = value;
  }
  public resetAltText() {
    this._altText = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get altTextInput() {
    return this._altText;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // width - computed: false, optional: true, required: false
  private _width?: number; 
  public get width() {
    return this.getNumberAttribute('width');
  }
  public set width(value: number) {
    this._width = value;
  }
  public resetWidth() {
    this._width = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width;
  }

  // width_with_unit - computed: false, optional: true, required: false
  private _widthWithUnit = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnitOutputReference(this, "width_with_unit");
  public get widthWithUnit() {
    return this._widthWithUnit;
  }
  public putWidthWithUnit(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesWidthWithUnit) {
    this._widthWithUnit.internalValue = value;
  }
  public resetWidthWithUnit() {
    this._widthWithUnit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthWithUnitInput() {
    return this._widthWithUnit.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImage {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImage | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImage | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImagePropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_size KnowledgeDocumentVariation#font_size}
  */
  readonly fontSize?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text_color KnowledgeDocumentVariation#text_color}
  */
  readonly textColor?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    font_size: cdktf.stringToTerraform(struct!.fontSize),
    text_color: cdktf.stringToTerraform(struct!.textColor),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_size: {
      value: cdktf.stringToHclTerraform(struct!.fontSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    text_color: {
      value: cdktf.stringToHclTerraform(struct!.textColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._fontSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontSize = this._fontSize;
    }
    if (this._textColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.textColor = this._textColor;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._backgroundColor = undefined;
      this._fontSize = undefined;
      this._textColor = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._backgroundColor = value.backgroundColor;
      this._fontSize = value.fontSize;
      this._textColor = value.textColor;
    }
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // font_size - computed: false, optional: true, required: false
  private _fontSize?: string; 
  public get fontSize() {
    return this.getStringAttribute('font_size');
  }
  public set fontSize(value: string) {
    this._fontSize = value;
  }
  public resetFontSize() {
    this._fontSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontSizeInput() {
    return this._fontSize;
  }

  // text_color - computed: false, optional: true, required: false
  private _textColor?: string; 
  public get textColor() {
    return this.getStringAttribute('text_color');
  }
  public set textColor(value: string) {
    this._textColor = value;
  }
  public resetTextColor() {
    this._textColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textColorInput() {
    return this._textColor;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksText {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#marks KnowledgeDocumentVariation#marks}
  */
  readonly marks?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    marks: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.marks),
    text: cdktf.stringToTerraform(struct!.text),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    marks: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.marks),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    text: {
      value: cdktf.stringToHclTerraform(struct!.text),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksText | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._marks !== undefined) {
      hasAnyValues = true;
      internalValueResult.marks = this._marks;
    }
    if (this._text !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksText | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._marks = undefined;
      this._text = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._marks = value.marks;
      this._text = value.text;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // marks - computed: false, optional: true, required: false
  private _marks?: string[]; 
  public get marks() {
    return cdktf.Fn.tolist(this.getListAttribute('marks'));
  }
  public set marks(value: string[]) {
    this._marks = value;
  }
  public resetMarks() {
    this._marks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get marksInput() {
    return this._marks;
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

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeight {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeightToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeightToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeightOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeight | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeight | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidth {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidthToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidthToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidthOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidth | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidth | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * height block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#height KnowledgeDocumentVariation#height}
  */
  readonly height?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeight;
  /**
  * width block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidth;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    height: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeightToTerraform(struct!.height),
    width: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidthToTerraform(struct!.width),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    height: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeightToHclTerraform(struct!.height),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeightList",
    },
    width: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidthToHclTerraform(struct!.width),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidthList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._height?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.height = this._height?.internalValue;
    }
    if (this._width?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._height.internalValue = undefined;
      this._width.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._height.internalValue = value.height;
      this._width.internalValue = value.width;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // height - computed: false, optional: true, required: false
  private _height = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeightOutputReference(this, "height");
  public get height() {
    return this._height;
  }
  public putHeight(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesHeight) {
    this._height.internalValue = value;
  }
  public resetHeight() {
    this._height.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heightInput() {
    return this._height.internalValue;
  }

  // width - computed: false, optional: true, required: false
  private _width = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidthOutputReference(this, "width");
  public get width() {
    return this._width;
  }
  public putWidth(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesWidth) {
    this._width.internalValue = value;
  }
  public resetWidth() {
    this._width.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideo {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideo | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#type KnowledgeDocumentVariation#type}
  */
  readonly type: string;
  /**
  * image block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#image KnowledgeDocumentVariation#image}
  */
  readonly image?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImage;
  /**
  * text block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksText;
  /**
  * video block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#video KnowledgeDocumentVariation#video}
  */
  readonly video?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideo;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    type: cdktf.stringToTerraform(struct!.type),
    image: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageToTerraform(struct!.image),
    text: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextToTerraform(struct!.text),
    video: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoToTerraform(struct!.video),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    image: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageToHclTerraform(struct!.image),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageList",
    },
    text: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextToHclTerraform(struct!.text),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextList",
    },
    video: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoToHclTerraform(struct!.video),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._image?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.image = this._image?.internalValue;
    }
    if (this._text?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text?.internalValue;
    }
    if (this._video?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.video = this._video?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._type = undefined;
      this._image.internalValue = undefined;
      this._text.internalValue = undefined;
      this._video.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._type = value.type;
      this._image.internalValue = value.image;
      this._text.internalValue = value.text;
      this._video.internalValue = value.video;
    }
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

  // image - computed: false, optional: true, required: false
  private _image = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImageOutputReference(this, "image");
  public get image() {
    return this._image;
  }
  public putImage(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksImage) {
    this._image.internalValue = value;
  }
  public resetImage() {
    this._image.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageInput() {
    return this._image.internalValue;
  }

  // text - computed: false, optional: true, required: false
  private _text = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksTextOutputReference(this, "text");
  public get text() {
    return this._text;
  }
  public putText(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksText) {
    this._text.internalValue = value;
  }
  public resetText() {
    this._text.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textInput() {
    return this._text.internalValue;
  }

  // video - computed: false, optional: true, required: false
  private _video = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideoOutputReference(this, "video");
  public get video() {
    return this._video;
  }
  public putVideo(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksVideo) {
    this._video.internalValue = value;
  }
  public resetVideo() {
    this._video.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get videoInput() {
    return this._video.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocks[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_size KnowledgeDocumentVariation#font_size}
  */
  readonly fontSize?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_type KnowledgeDocumentVariation#font_type}
  */
  readonly fontType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text_color KnowledgeDocumentVariation#text_color}
  */
  readonly textColor?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    font_size: cdktf.stringToTerraform(struct!.fontSize),
    font_type: cdktf.stringToTerraform(struct!.fontType),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    text_color: cdktf.stringToTerraform(struct!.textColor),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_size: {
      value: cdktf.stringToHclTerraform(struct!.fontSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_type: {
      value: cdktf.stringToHclTerraform(struct!.fontType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    text_color: {
      value: cdktf.stringToHclTerraform(struct!.textColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._fontSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontSize = this._fontSize;
    }
    if (this._fontType !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontType = this._fontType;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._textColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.textColor = this._textColor;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._backgroundColor = undefined;
      this._fontSize = undefined;
      this._fontType = undefined;
      this._indentation = undefined;
      this._textColor = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._backgroundColor = value.backgroundColor;
      this._fontSize = value.fontSize;
      this._fontType = value.fontType;
      this._indentation = value.indentation;
      this._textColor = value.textColor;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // font_size - computed: false, optional: true, required: false
  private _fontSize?: string; 
  public get fontSize() {
    return this.getStringAttribute('font_size');
  }
  public set fontSize(value: string) {
    this._fontSize = value;
  }
  public resetFontSize() {
    this._fontSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontSizeInput() {
    return this._fontSize;
  }

  // font_type - computed: false, optional: true, required: false
  private _fontType?: string; 
  public get fontType() {
    return this.getStringAttribute('font_type');
  }
  public set fontType(value: string) {
    this._fontType = value;
  }
  public resetFontType() {
    this._fontType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontTypeInput() {
    return this._fontType;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // text_color - computed: false, optional: true, required: false
  private _textColor?: string; 
  public get textColor() {
    return this.getStringAttribute('text_color');
  }
  public set textColor(value: string) {
    this._textColor = value;
  }
  public resetTextColor() {
    this._textColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textColorInput() {
    return this._textColor;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraph {
  /**
  * blocks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#blocks KnowledgeDocumentVariation#blocks}
  */
  readonly blocks: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocks[] | cdktf.IResolvable;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraph): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    blocks: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksToTerraform, true)(struct!.blocks),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraph): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    blocks: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksToHclTerraform, true)(struct!.blocks),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksList",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraph | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._blocks?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.blocks = this._blocks?.internalValue;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraph | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._blocks.internalValue = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._blocks.internalValue = value.blocks;
      this._properties.internalValue = value.properties;
    }
  }

  // blocks - computed: false, optional: false, required: true
  private _blocks = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocksList(this, "blocks", false);
  public get blocks() {
    return this._blocks;
  }
  public putBlocks(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphBlocks[] | cdktf.IResolvable) {
    this._blocks.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get blocksInput() {
    return this._blocks.internalValue;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_size KnowledgeDocumentVariation#font_size}
  */
  readonly fontSize?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text_color KnowledgeDocumentVariation#text_color}
  */
  readonly textColor?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    font_size: cdktf.stringToTerraform(struct!.fontSize),
    text_color: cdktf.stringToTerraform(struct!.textColor),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_size: {
      value: cdktf.stringToHclTerraform(struct!.fontSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    text_color: {
      value: cdktf.stringToHclTerraform(struct!.textColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._fontSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontSize = this._fontSize;
    }
    if (this._textColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.textColor = this._textColor;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._backgroundColor = undefined;
      this._fontSize = undefined;
      this._textColor = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._backgroundColor = value.backgroundColor;
      this._fontSize = value.fontSize;
      this._textColor = value.textColor;
    }
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // font_size - computed: false, optional: true, required: false
  private _fontSize?: string; 
  public get fontSize() {
    return this.getStringAttribute('font_size');
  }
  public set fontSize(value: string) {
    this._fontSize = value;
  }
  public resetFontSize() {
    this._fontSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontSizeInput() {
    return this._fontSize;
  }

  // text_color - computed: false, optional: true, required: false
  private _textColor?: string; 
  public get textColor() {
    return this.getStringAttribute('text_color');
  }
  public set textColor(value: string) {
    this._textColor = value;
  }
  public resetTextColor() {
    this._textColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textColorInput() {
    return this._textColor;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksText {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#marks KnowledgeDocumentVariation#marks}
  */
  readonly marks?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    marks: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.marks),
    text: cdktf.stringToTerraform(struct!.text),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    marks: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.marks),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    text: {
      value: cdktf.stringToHclTerraform(struct!.text),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksText | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._marks !== undefined) {
      hasAnyValues = true;
      internalValueResult.marks = this._marks;
    }
    if (this._text !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksText | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._marks = undefined;
      this._text = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._marks = value.marks;
      this._text = value.text;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // marks - computed: false, optional: true, required: false
  private _marks?: string[]; 
  public get marks() {
    return cdktf.Fn.tolist(this.getListAttribute('marks'));
  }
  public set marks(value: string[]) {
    this._marks = value;
  }
  public resetMarks() {
    this._marks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get marksInput() {
    return this._marks;
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

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeight {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeightToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeightToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeightOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeight | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeight | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidth {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidthToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidthToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidthOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidth | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidth | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * height block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#height KnowledgeDocumentVariation#height}
  */
  readonly height?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeight;
  /**
  * width block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidth;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    height: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeightToTerraform(struct!.height),
    width: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidthToTerraform(struct!.width),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    height: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeightToHclTerraform(struct!.height),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeightList",
    },
    width: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidthToHclTerraform(struct!.width),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidthList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._height?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.height = this._height?.internalValue;
    }
    if (this._width?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._height.internalValue = undefined;
      this._width.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._height.internalValue = value.height;
      this._width.internalValue = value.width;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // height - computed: false, optional: true, required: false
  private _height = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeightOutputReference(this, "height");
  public get height() {
    return this._height;
  }
  public putHeight(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesHeight) {
    this._height.internalValue = value;
  }
  public resetHeight() {
    this._height.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heightInput() {
    return this._height.internalValue;
  }

  // width - computed: false, optional: true, required: false
  private _width = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidthOutputReference(this, "width");
  public get width() {
    return this._width;
  }
  public putWidth(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesWidth) {
    this._width.internalValue = value;
  }
  public resetWidth() {
    this._width.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideo {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideo | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#type KnowledgeDocumentVariation#type}
  */
  readonly type: string;
  /**
  * image block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#image KnowledgeDocumentVariation#image}
  */
  readonly image?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImage;
  /**
  * list block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#list KnowledgeDocumentVariation#list}
  */
  readonly list?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStruct;
  /**
  * paragraph block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#paragraph KnowledgeDocumentVariation#paragraph}
  */
  readonly paragraph?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraph;
  /**
  * text block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksText;
  /**
  * video block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#video KnowledgeDocumentVariation#video}
  */
  readonly video?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideo;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    type: cdktf.stringToTerraform(struct!.type),
    image: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageToTerraform(struct!.image),
    list: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStructToTerraform(struct!.list),
    paragraph: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphToTerraform(struct!.paragraph),
    text: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextToTerraform(struct!.text),
    video: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoToTerraform(struct!.video),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    image: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageToHclTerraform(struct!.image),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageList",
    },
    list: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStructToHclTerraform(struct!.list),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStructList",
    },
    paragraph: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphToHclTerraform(struct!.paragraph),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphList",
    },
    text: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextToHclTerraform(struct!.text),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextList",
    },
    video: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoToHclTerraform(struct!.video),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._image?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.image = this._image?.internalValue;
    }
    if (this._list?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.list = this._list?.internalValue;
    }
    if (this._paragraph?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.paragraph = this._paragraph?.internalValue;
    }
    if (this._text?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text?.internalValue;
    }
    if (this._video?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.video = this._video?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._type = undefined;
      this._image.internalValue = undefined;
      this._list.internalValue = undefined;
      this._paragraph.internalValue = undefined;
      this._text.internalValue = undefined;
      this._video.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._type = value.type;
      this._image.internalValue = value.image;
      this._list.internalValue = value.list;
      this._paragraph.internalValue = value.paragraph;
      this._text.internalValue = value.text;
      this._video.internalValue = value.video;
    }
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

  // image - computed: false, optional: true, required: false
  private _image = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImageOutputReference(this, "image");
  public get image() {
    return this._image;
  }
  public putImage(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksImage) {
    this._image.internalValue = value;
  }
  public resetImage() {
    this._image.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageInput() {
    return this._image.internalValue;
  }

  // list - computed: false, optional: true, required: false
  private _list = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStructOutputReference(this, "list");
  public get list() {
    return this._list;
  }
  public putList(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksListStruct) {
    this._list.internalValue = value;
  }
  public resetList() {
    this._list.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get listInput() {
    return this._list.internalValue;
  }

  // paragraph - computed: false, optional: true, required: false
  private _paragraph = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraphOutputReference(this, "paragraph");
  public get paragraph() {
    return this._paragraph;
  }
  public putParagraph(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksParagraph) {
    this._paragraph.internalValue = value;
  }
  public resetParagraph() {
    this._paragraph.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get paragraphInput() {
    return this._paragraph.internalValue;
  }

  // text - computed: false, optional: true, required: false
  private _text = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksTextOutputReference(this, "text");
  public get text() {
    return this._text;
  }
  public putText(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksText) {
    this._text.internalValue = value;
  }
  public resetText() {
    this._text.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textInput() {
    return this._text.internalValue;
  }

  // video - computed: false, optional: true, required: false
  private _video = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideoOutputReference(this, "video");
  public get video() {
    return this._video;
  }
  public putVideo(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksVideo) {
    this._video.internalValue = value;
  }
  public resetVideo() {
    this._video.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get videoInput() {
    return this._video.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocks[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaption {
  /**
  * blocks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#blocks KnowledgeDocumentVariation#blocks}
  */
  readonly blocks: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocks[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaption | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    blocks: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksToTerraform, true)(struct!.blocks),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaption | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    blocks: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksToHclTerraform, true)(struct!.blocks),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaption | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._blocks?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.blocks = this._blocks?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaption | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._blocks.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._blocks.internalValue = value.blocks;
    }
  }

  // blocks - computed: false, optional: false, required: true
  private _blocks = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocksList(this, "blocks", false);
  public get blocks() {
    return this._blocks;
  }
  public putBlocks(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionBlocks[] | cdktf.IResolvable) {
    this._blocks.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get blocksInput() {
    return this._blocks.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaption[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnit {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnitToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnitToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnit | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnit | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#alignment KnowledgeDocumentVariation#alignment}
  */
  readonly alignment?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#border_color KnowledgeDocumentVariation#border_color}
  */
  readonly borderColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#border_style KnowledgeDocumentVariation#border_style}
  */
  readonly borderStyle?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#border_width KnowledgeDocumentVariation#border_width}
  */
  readonly borderWidth?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#cell_padding KnowledgeDocumentVariation#cell_padding}
  */
  readonly cellPadding?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#cell_spacing KnowledgeDocumentVariation#cell_spacing}
  */
  readonly cellSpacing?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#height KnowledgeDocumentVariation#height}
  */
  readonly height?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: number;
  /**
  * caption block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#caption KnowledgeDocumentVariation#caption}
  */
  readonly caption?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaption[] | cdktf.IResolvable;
  /**
  * width_with_unit block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width_with_unit KnowledgeDocumentVariation#width_with_unit}
  */
  readonly widthWithUnit?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnit;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    alignment: cdktf.stringToTerraform(struct!.alignment),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    border_color: cdktf.stringToTerraform(struct!.borderColor),
    border_style: cdktf.stringToTerraform(struct!.borderStyle),
    border_width: cdktf.numberToTerraform(struct!.borderWidth),
    cell_padding: cdktf.numberToTerraform(struct!.cellPadding),
    cell_spacing: cdktf.numberToTerraform(struct!.cellSpacing),
    height: cdktf.numberToTerraform(struct!.height),
    width: cdktf.numberToTerraform(struct!.width),
    caption: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionToTerraform, true)(struct!.caption),
    width_with_unit: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnitToTerraform(struct!.widthWithUnit),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    alignment: {
      value: cdktf.stringToHclTerraform(struct!.alignment),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    border_color: {
      value: cdktf.stringToHclTerraform(struct!.borderColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    border_style: {
      value: cdktf.stringToHclTerraform(struct!.borderStyle),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    border_width: {
      value: cdktf.numberToHclTerraform(struct!.borderWidth),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    cell_padding: {
      value: cdktf.numberToHclTerraform(struct!.cellPadding),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    cell_spacing: {
      value: cdktf.numberToHclTerraform(struct!.cellSpacing),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    height: {
      value: cdktf.numberToHclTerraform(struct!.height),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width: {
      value: cdktf.numberToHclTerraform(struct!.width),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    caption: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionToHclTerraform, true)(struct!.caption),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionList",
    },
    width_with_unit: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnitToHclTerraform(struct!.widthWithUnit),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnitList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alignment !== undefined) {
      hasAnyValues = true;
      internalValueResult.alignment = this._alignment;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._borderColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.borderColor = this._borderColor;
    }
    if (this._borderStyle !== undefined) {
      hasAnyValues = true;
      internalValueResult.borderStyle = this._borderStyle;
    }
    if (this._borderWidth !== undefined) {
      hasAnyValues = true;
      internalValueResult.borderWidth = this._borderWidth;
    }
    if (this._cellPadding !== undefined) {
      hasAnyValues = true;
      internalValueResult.cellPadding = this._cellPadding;
    }
    if (this._cellSpacing !== undefined) {
      hasAnyValues = true;
      internalValueResult.cellSpacing = this._cellSpacing;
    }
    if (this._height !== undefined) {
      hasAnyValues = true;
      internalValueResult.height = this._height;
    }
    if (this._width !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width;
    }
    if (this._caption?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.caption = this._caption?.internalValue;
    }
    if (this._widthWithUnit?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.widthWithUnit = this._widthWithUnit?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alignment = undefined;
      this._backgroundColor = undefined;
      this._borderColor = undefined;
      this._borderStyle = undefined;
      this._borderWidth = undefined;
      this._cellPadding = undefined;
      this._cellSpacing = undefined;
      this._height = undefined;
      this._width = undefined;
      this._caption.internalValue = undefined;
      this._widthWithUnit.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alignment = value.alignment;
      this._backgroundColor = value.backgroundColor;
      this._borderColor = value.borderColor;
      this._borderStyle = value.borderStyle;
      this._borderWidth = value.borderWidth;
      this._cellPadding = value.cellPadding;
      this._cellSpacing = value.cellSpacing;
      this._height = value.height;
      this._width = value.width;
      this._caption.internalValue = value.caption;
      this._widthWithUnit.internalValue = value.widthWithUnit;
    }
  }

  // alignment - computed: false, optional: true, required: false
  private _alignment?: string; 
  public get alignment() {
    return this.getStringAttribute('alignment');
  }
  public set alignment(value: string) {
    this._alignment = value;
  }
  public resetAlignment() {
    this._alignment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignmentInput() {
    return this._alignment;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // border_color - computed: false, optional: true, required: false
  private _borderColor?: string; 
  public get borderColor() {
    return this.getStringAttribute('border_color');
  }
  public set borderColor(value: string) {
    this._borderColor = value;
  }
  public resetBorderColor() {
    this._borderColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get borderColorInput() {
    return this._borderColor;
  }

  // border_style - computed: false, optional: true, required: false
  private _borderStyle?: string; 
  public get borderStyle() {
    return this.getStringAttribute('border_style');
  }
  public set borderStyle(value: string) {
    this._borderStyle = value;
  }
  public resetBorderStyle() {
    this._borderStyle = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get borderStyleInput() {
    return this._borderStyle;
  }

  // border_width - computed: false, optional: true, required: false
  private _borderWidth?: number; 
  public get borderWidth() {
    return this.getNumberAttribute('border_width');
  }
  public set borderWidth(value: number) {
    this._borderWidth = value;
  }
  public resetBorderWidth() {
    this._borderWidth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get borderWidthInput() {
    return this._borderWidth;
  }

  // cell_padding - computed: false, optional: true, required: false
  private _cellPadding?: number; 
  public get cellPadding() {
    return this.getNumberAttribute('cell_padding');
  }
  public set cellPadding(value: number) {
    this._cellPadding = value;
  }
  public resetCellPadding() {
    this._cellPadding = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cellPaddingInput() {
    return this._cellPadding;
  }

  // cell_spacing - computed: false, optional: true, required: false
  private _cellSpacing?: number; 
  public get cellSpacing() {
    return this.getNumberAttribute('cell_spacing');
  }
  public set cellSpacing(value: number) {
    this._cellSpacing = value;
  }
  public resetCellSpacing() {
    this._cellSpacing = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cellSpacingInput() {
    return this._cellSpacing;
  }

  // height - computed: false, optional: true, required: false
  private _height?: number; 
  public get height() {
    return this.getNumberAttribute('height');
  }
  public set height(value: number) {
    this._height = value;
  }
  public resetHeight() {
    this._height = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heightInput() {
    return this._height;
  }

  // width - computed: false, optional: true, required: false
  private _width?: number; 
  public get width() {
    return this.getNumberAttribute('width');
  }
  public set width(value: number) {
    this._width = value;
  }
  public resetWidth() {
    this._width = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width;
  }

  // caption - computed: false, optional: true, required: false
  private _caption = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaptionList(this, "caption", false);
  public get caption() {
    return this._caption;
  }
  public putCaption(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesCaption[] | cdktf.IResolvable) {
    this._caption.internalValue = value;
  }
  public resetCaption() {
    this._caption.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get captionInput() {
    return this._caption.internalValue;
  }

  // width_with_unit - computed: false, optional: true, required: false
  private _widthWithUnit = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnitOutputReference(this, "width_with_unit");
  public get widthWithUnit() {
    return this._widthWithUnit;
  }
  public putWidthWithUnit(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesWidthWithUnit) {
    this._widthWithUnit.internalValue = value;
  }
  public resetWidthWithUnit() {
    this._widthWithUnit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthWithUnitInput() {
    return this._widthWithUnit.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnit {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnitToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnitToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnit | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnit | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#alt_text KnowledgeDocumentVariation#alt_text}
  */
  readonly altText?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: number;
  /**
  * width_with_unit block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width_with_unit KnowledgeDocumentVariation#width_with_unit}
  */
  readonly widthWithUnit?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnit;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    alt_text: cdktf.stringToTerraform(struct!.altText),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    width: cdktf.numberToTerraform(struct!.width),
    width_with_unit: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnitToTerraform(struct!.widthWithUnit),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alt_text: {
      value: cdktf.stringToHclTerraform(struct!.altText),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width: {
      value: cdktf.numberToHclTerraform(struct!.width),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width_with_unit: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnitToHclTerraform(struct!.widthWithUnit),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnitList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._altText !== undefined) {
      hasAnyValues = true;
      internalValueResult.altText = this._altText;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._width !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width;
    }
    if (this._widthWithUnit?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.widthWithUnit = this._widthWithUnit?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._altText = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._width = undefined;
      this._widthWithUnit.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._altText = value.altText;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._width = value.width;
      this._widthWithUnit.internalValue = value.widthWithUnit;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // alt_text - computed: false, optional: true, required: false
  private _altText?: string; 
  public get altText() {
    return this.getStringAttribute('alt_text');
  }
  public set altText(value: string) {
    this._altText = value;
  }
  public resetAltText() {
    this._altText = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get altTextInput() {
    return this._altText;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // width - computed: false, optional: true, required: false
  private _width?: number; 
  public get width() {
    return this.getNumberAttribute('width');
  }
  public set width(value: number) {
    this._width = value;
  }
  public resetWidth() {
    this._width = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width;
  }

  // width_with_unit - computed: false, optional: true, required: false
  private _widthWithUnit = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnitOutputReference(this, "width_with_unit");
  public get widthWithUnit() {
    return this._widthWithUnit;
  }
  public putWidthWithUnit(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesWidthWithUnit) {
    this._widthWithUnit.internalValue = value;
  }
  public resetWidthWithUnit() {
    this._widthWithUnit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthWithUnitInput() {
    return this._widthWithUnit.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImage {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImage | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImage | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImagePropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnit {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnitToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnitToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnit | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnit | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#alt_text KnowledgeDocumentVariation#alt_text}
  */
  readonly altText?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: number;
  /**
  * width_with_unit block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width_with_unit KnowledgeDocumentVariation#width_with_unit}
  */
  readonly widthWithUnit?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnit;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    alt_text: cdktf.stringToTerraform(struct!.altText),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    width: cdktf.numberToTerraform(struct!.width),
    width_with_unit: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnitToTerraform(struct!.widthWithUnit),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alt_text: {
      value: cdktf.stringToHclTerraform(struct!.altText),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width: {
      value: cdktf.numberToHclTerraform(struct!.width),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width_with_unit: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnitToHclTerraform(struct!.widthWithUnit),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnitList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._altText !== undefined) {
      hasAnyValues = true;
      internalValueResult.altText = this._altText;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._width !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width;
    }
    if (this._widthWithUnit?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.widthWithUnit = this._widthWithUnit?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._altText = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._width = undefined;
      this._widthWithUnit.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._altText = value.altText;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._width = value.width;
      this._widthWithUnit.internalValue = value.widthWithUnit;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // alt_text - computed: false, optional: true, required: false
  private _altText?: string; 
  public get altText() {
    return this.getStringAttribute('alt_text');
  }
  public set altText(value: string) {
    this._altText = value;
  }
  public resetAltText() {
    this._altText = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get altTextInput() {
    return this._altText;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // width - computed: false, optional: true, required: false
  private _width?: number; 
  public get width() {
    return this.getNumberAttribute('width');
  }
  public set width(value: number) {
    this._width = value;
  }
  public resetWidth() {
    this._width = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width;
  }

  // width_with_unit - computed: false, optional: true, required: false
  private _widthWithUnit = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnitOutputReference(this, "width_with_unit");
  public get widthWithUnit() {
    return this._widthWithUnit;
  }
  public putWidthWithUnit(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesWidthWithUnit) {
    this._widthWithUnit.internalValue = value;
  }
  public resetWidthWithUnit() {
    this._widthWithUnit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthWithUnitInput() {
    return this._widthWithUnit.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImage {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImage | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImage | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImagePropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_size KnowledgeDocumentVariation#font_size}
  */
  readonly fontSize?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text_color KnowledgeDocumentVariation#text_color}
  */
  readonly textColor?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    font_size: cdktf.stringToTerraform(struct!.fontSize),
    text_color: cdktf.stringToTerraform(struct!.textColor),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_size: {
      value: cdktf.stringToHclTerraform(struct!.fontSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    text_color: {
      value: cdktf.stringToHclTerraform(struct!.textColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._fontSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontSize = this._fontSize;
    }
    if (this._textColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.textColor = this._textColor;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._backgroundColor = undefined;
      this._fontSize = undefined;
      this._textColor = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._backgroundColor = value.backgroundColor;
      this._fontSize = value.fontSize;
      this._textColor = value.textColor;
    }
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // font_size - computed: false, optional: true, required: false
  private _fontSize?: string; 
  public get fontSize() {
    return this.getStringAttribute('font_size');
  }
  public set fontSize(value: string) {
    this._fontSize = value;
  }
  public resetFontSize() {
    this._fontSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontSizeInput() {
    return this._fontSize;
  }

  // text_color - computed: false, optional: true, required: false
  private _textColor?: string; 
  public get textColor() {
    return this.getStringAttribute('text_color');
  }
  public set textColor(value: string) {
    this._textColor = value;
  }
  public resetTextColor() {
    this._textColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textColorInput() {
    return this._textColor;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksText {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#marks KnowledgeDocumentVariation#marks}
  */
  readonly marks?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    marks: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.marks),
    text: cdktf.stringToTerraform(struct!.text),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    marks: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.marks),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    text: {
      value: cdktf.stringToHclTerraform(struct!.text),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksText | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._marks !== undefined) {
      hasAnyValues = true;
      internalValueResult.marks = this._marks;
    }
    if (this._text !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksText | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._marks = undefined;
      this._text = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._marks = value.marks;
      this._text = value.text;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // marks - computed: false, optional: true, required: false
  private _marks?: string[]; 
  public get marks() {
    return cdktf.Fn.tolist(this.getListAttribute('marks'));
  }
  public set marks(value: string[]) {
    this._marks = value;
  }
  public resetMarks() {
    this._marks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get marksInput() {
    return this._marks;
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

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeight {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeightToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeightToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeightOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeight | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeight | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidth {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidthToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidthToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidthOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidth | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidth | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * height block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#height KnowledgeDocumentVariation#height}
  */
  readonly height?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeight;
  /**
  * width block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidth;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    height: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeightToTerraform(struct!.height),
    width: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidthToTerraform(struct!.width),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    height: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeightToHclTerraform(struct!.height),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeightList",
    },
    width: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidthToHclTerraform(struct!.width),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidthList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._height?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.height = this._height?.internalValue;
    }
    if (this._width?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._height.internalValue = undefined;
      this._width.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._height.internalValue = value.height;
      this._width.internalValue = value.width;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // height - computed: false, optional: true, required: false
  private _height = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeightOutputReference(this, "height");
  public get height() {
    return this._height;
  }
  public putHeight(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesHeight) {
    this._height.internalValue = value;
  }
  public resetHeight() {
    this._height.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heightInput() {
    return this._height.internalValue;
  }

  // width - computed: false, optional: true, required: false
  private _width = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidthOutputReference(this, "width");
  public get width() {
    return this._width;
  }
  public putWidth(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesWidth) {
    this._width.internalValue = value;
  }
  public resetWidth() {
    this._width.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideo {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideo | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#type KnowledgeDocumentVariation#type}
  */
  readonly type: string;
  /**
  * image block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#image KnowledgeDocumentVariation#image}
  */
  readonly image?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImage;
  /**
  * list block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#list KnowledgeDocumentVariation#list}
  */
  readonly list?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStruct;
  /**
  * text block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksText;
  /**
  * video block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#video KnowledgeDocumentVariation#video}
  */
  readonly video?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideo;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    type: cdktf.stringToTerraform(struct!.type),
    image: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageToTerraform(struct!.image),
    list: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStructToTerraform(struct!.list),
    text: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextToTerraform(struct!.text),
    video: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoToTerraform(struct!.video),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    image: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageToHclTerraform(struct!.image),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageList",
    },
    list: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStructToHclTerraform(struct!.list),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStructList",
    },
    text: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextToHclTerraform(struct!.text),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextList",
    },
    video: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoToHclTerraform(struct!.video),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._image?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.image = this._image?.internalValue;
    }
    if (this._list?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.list = this._list?.internalValue;
    }
    if (this._text?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text?.internalValue;
    }
    if (this._video?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.video = this._video?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._type = undefined;
      this._image.internalValue = undefined;
      this._list.internalValue = undefined;
      this._text.internalValue = undefined;
      this._video.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._type = value.type;
      this._image.internalValue = value.image;
      this._list.internalValue = value.list;
      this._text.internalValue = value.text;
      this._video.internalValue = value.video;
    }
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

  // image - computed: false, optional: true, required: false
  private _image = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImageOutputReference(this, "image");
  public get image() {
    return this._image;
  }
  public putImage(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksImage) {
    this._image.internalValue = value;
  }
  public resetImage() {
    this._image.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageInput() {
    return this._image.internalValue;
  }

  // list - computed: false, optional: true, required: false
  private _list = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStructOutputReference(this, "list");
  public get list() {
    return this._list;
  }
  public putList(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStruct) {
    this._list.internalValue = value;
  }
  public resetList() {
    this._list.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get listInput() {
    return this._list.internalValue;
  }

  // text - computed: false, optional: true, required: false
  private _text = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksTextOutputReference(this, "text");
  public get text() {
    return this._text;
  }
  public putText(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksText) {
    this._text.internalValue = value;
  }
  public resetText() {
    this._text.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textInput() {
    return this._text.internalValue;
  }

  // video - computed: false, optional: true, required: false
  private _video = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideoOutputReference(this, "video");
  public get video() {
    return this._video;
  }
  public putVideo(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksVideo) {
    this._video.internalValue = value;
  }
  public resetVideo() {
    this._video.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get videoInput() {
    return this._video.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocks[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_size KnowledgeDocumentVariation#font_size}
  */
  readonly fontSize?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_type KnowledgeDocumentVariation#font_type}
  */
  readonly fontType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#ordered_type KnowledgeDocumentVariation#ordered_type}
  */
  readonly orderedType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text_color KnowledgeDocumentVariation#text_color}
  */
  readonly textColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unordered_type KnowledgeDocumentVariation#unordered_type}
  */
  readonly unorderedType?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    font_size: cdktf.stringToTerraform(struct!.fontSize),
    font_type: cdktf.stringToTerraform(struct!.fontType),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    ordered_type: cdktf.stringToTerraform(struct!.orderedType),
    text_color: cdktf.stringToTerraform(struct!.textColor),
    unordered_type: cdktf.stringToTerraform(struct!.unorderedType),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_size: {
      value: cdktf.stringToHclTerraform(struct!.fontSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_type: {
      value: cdktf.stringToHclTerraform(struct!.fontType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ordered_type: {
      value: cdktf.stringToHclTerraform(struct!.orderedType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    text_color: {
      value: cdktf.stringToHclTerraform(struct!.textColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    unordered_type: {
      value: cdktf.stringToHclTerraform(struct!.unorderedType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._fontSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontSize = this._fontSize;
    }
    if (this._fontType !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontType = this._fontType;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._orderedType !== undefined) {
      hasAnyValues = true;
      internalValueResult.orderedType = this._orderedType;
    }
    if (this._textColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.textColor = this._textColor;
    }
    if (this._unorderedType !== undefined) {
      hasAnyValues = true;
      internalValueResult.unorderedType = this._unorderedType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._backgroundColor = undefined;
      this._fontSize = undefined;
      this._fontType = undefined;
      this._indentation = undefined;
      this._orderedType = undefined;
      this._textColor = undefined;
      this._unorderedType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._backgroundColor = value.backgroundColor;
      this._fontSize = value.fontSize;
      this._fontType = value.fontType;
      this._indentation = value.indentation;
      this._orderedType = value.orderedType;
      this._textColor = value.textColor;
      this._unorderedType = value.unorderedType;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // font_size - computed: false, optional: true, required: false
  private _fontSize?: string; 
  public get fontSize() {
    return this.getStringAttribute('font_size');
  }
  public set fontSize(value: string) {
    this._fontSize = value;
  }
  public resetFontSize() {
    this._fontSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontSizeInput() {
    return this._fontSize;
  }

  // font_type - computed: false, optional: true, required: false
  private _fontType?: string; 
  public get fontType() {
    return this.getStringAttribute('font_type');
  }
  public set fontType(value: string) {
    this._fontType = value;
  }
  public resetFontType() {
    this._fontType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontTypeInput() {
    return this._fontType;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // ordered_type - computed: false, optional: true, required: false
  private _orderedType?: string; 
  public get orderedType() {
    return this.getStringAttribute('ordered_type');
  }
  public set orderedType(value: string) {
    this._orderedType = value;
  }
  public resetOrderedType() {
    this._orderedType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderedTypeInput() {
    return this._orderedType;
  }

  // text_color - computed: false, optional: true, required: false
  private _textColor?: string; 
  public get textColor() {
    return this.getStringAttribute('text_color');
  }
  public set textColor(value: string) {
    this._textColor = value;
  }
  public resetTextColor() {
    this._textColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textColorInput() {
    return this._textColor;
  }

  // unordered_type - computed: false, optional: true, required: false
  private _unorderedType?: string; 
  public get unorderedType() {
    return this.getStringAttribute('unordered_type');
  }
  public set unorderedType(value: string) {
    this._unorderedType = value;
  }
  public resetUnorderedType() {
    this._unorderedType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unorderedTypeInput() {
    return this._unorderedType;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#type KnowledgeDocumentVariation#type}
  */
  readonly type: string;
  /**
  * blocks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#blocks KnowledgeDocumentVariation#blocks}
  */
  readonly blocks: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocks[] | cdktf.IResolvable;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    type: cdktf.stringToTerraform(struct!.type),
    blocks: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksToTerraform, true)(struct!.blocks),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    blocks: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksToHclTerraform, true)(struct!.blocks),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksList",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._blocks?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.blocks = this._blocks?.internalValue;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._type = undefined;
      this._blocks.internalValue = undefined;
      this._properties.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._type = value.type;
      this._blocks.internalValue = value.blocks;
      this._properties.internalValue = value.properties;
    }
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

  // blocks - computed: false, optional: false, required: true
  private _blocks = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocksList(this, "blocks", false);
  public get blocks() {
    return this._blocks;
  }
  public putBlocks(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksBlocks[] | cdktf.IResolvable) {
    this._blocks.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get blocksInput() {
    return this._blocks.internalValue;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocks[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#ordered_type KnowledgeDocumentVariation#ordered_type}
  */
  readonly orderedType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unordered_type KnowledgeDocumentVariation#unordered_type}
  */
  readonly unorderedType?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ordered_type: cdktf.stringToTerraform(struct!.orderedType),
    unordered_type: cdktf.stringToTerraform(struct!.unorderedType),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ordered_type: {
      value: cdktf.stringToHclTerraform(struct!.orderedType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    unordered_type: {
      value: cdktf.stringToHclTerraform(struct!.unorderedType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._orderedType !== undefined) {
      hasAnyValues = true;
      internalValueResult.orderedType = this._orderedType;
    }
    if (this._unorderedType !== undefined) {
      hasAnyValues = true;
      internalValueResult.unorderedType = this._unorderedType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._orderedType = undefined;
      this._unorderedType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._orderedType = value.orderedType;
      this._unorderedType = value.unorderedType;
    }
  }

  // ordered_type - computed: false, optional: true, required: false
  private _orderedType?: string; 
  public get orderedType() {
    return this.getStringAttribute('ordered_type');
  }
  public set orderedType(value: string) {
    this._orderedType = value;
  }
  public resetOrderedType() {
    this._orderedType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderedTypeInput() {
    return this._orderedType;
  }

  // unordered_type - computed: false, optional: true, required: false
  private _unorderedType?: string; 
  public get unorderedType() {
    return this.getStringAttribute('unordered_type');
  }
  public set unorderedType(value: string) {
    this._unorderedType = value;
  }
  public resetUnorderedType() {
    this._unorderedType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unorderedTypeInput() {
    return this._unorderedType;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStruct {
  /**
  * blocks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#blocks KnowledgeDocumentVariation#blocks}
  */
  readonly blocks: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocks[] | cdktf.IResolvable;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStructToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStructOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStruct): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    blocks: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksToTerraform, true)(struct!.blocks),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStructToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStructOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStruct): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    blocks: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksToHclTerraform, true)(struct!.blocks),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksList",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStructOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStruct | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._blocks?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.blocks = this._blocks?.internalValue;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStruct | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._blocks.internalValue = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._blocks.internalValue = value.blocks;
      this._properties.internalValue = value.properties;
    }
  }

  // blocks - computed: false, optional: false, required: true
  private _blocks = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocksList(this, "blocks", false);
  public get blocks() {
    return this._blocks;
  }
  public putBlocks(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListBlocks[] | cdktf.IResolvable) {
    this._blocks.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get blocksInput() {
    return this._blocks.internalValue;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnit {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnitToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnitToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnit | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnit | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#alt_text KnowledgeDocumentVariation#alt_text}
  */
  readonly altText?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: number;
  /**
  * width_with_unit block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width_with_unit KnowledgeDocumentVariation#width_with_unit}
  */
  readonly widthWithUnit?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnit;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    alt_text: cdktf.stringToTerraform(struct!.altText),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    width: cdktf.numberToTerraform(struct!.width),
    width_with_unit: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnitToTerraform(struct!.widthWithUnit),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alt_text: {
      value: cdktf.stringToHclTerraform(struct!.altText),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width: {
      value: cdktf.numberToHclTerraform(struct!.width),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width_with_unit: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnitToHclTerraform(struct!.widthWithUnit),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnitList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._altText !== undefined) {
      hasAnyValues = true;
      internalValueResult.altText = this._altText;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._width !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width;
    }
    if (this._widthWithUnit?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.widthWithUnit = this._widthWithUnit?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._altText = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._width = undefined;
      this._widthWithUnit.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._altText = value.altText;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._width = value.width;
      this._widthWithUnit.internalValue = value.widthWithUnit;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // alt_text - computed: false, optional: true, required: false
  private _altText?: string; 
  public get altText() {
    return this.getStringAttribute('alt_text');
  }
  public set altText(value: string) {
    this._altText = value;
  }
  public resetAltText() {
    this._altText = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get altTextInput() {
    return this._altText;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // width - computed: false, optional: true, required: false
  private _width?: number; 
  public get width() {
    return this.getNumberAttribute('width');
  }
  public set width(value: number) {
    this._width = value;
  }
  public resetWidth() {
    this._width = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width;
  }

  // width_with_unit - computed: false, optional: true, required: false
  private _widthWithUnit = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnitOutputReference(this, "width_with_unit");
  public get widthWithUnit() {
    return this._widthWithUnit;
  }
  public putWidthWithUnit(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesWidthWithUnit) {
    this._widthWithUnit.internalValue = value;
  }
  public resetWidthWithUnit() {
    this._widthWithUnit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthWithUnitInput() {
    return this._widthWithUnit.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImage {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImage | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImage | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImagePropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_size KnowledgeDocumentVariation#font_size}
  */
  readonly fontSize?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text_color KnowledgeDocumentVariation#text_color}
  */
  readonly textColor?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    font_size: cdktf.stringToTerraform(struct!.fontSize),
    text_color: cdktf.stringToTerraform(struct!.textColor),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_size: {
      value: cdktf.stringToHclTerraform(struct!.fontSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    text_color: {
      value: cdktf.stringToHclTerraform(struct!.textColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._fontSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontSize = this._fontSize;
    }
    if (this._textColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.textColor = this._textColor;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._backgroundColor = undefined;
      this._fontSize = undefined;
      this._textColor = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._backgroundColor = value.backgroundColor;
      this._fontSize = value.fontSize;
      this._textColor = value.textColor;
    }
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // font_size - computed: false, optional: true, required: false
  private _fontSize?: string; 
  public get fontSize() {
    return this.getStringAttribute('font_size');
  }
  public set fontSize(value: string) {
    this._fontSize = value;
  }
  public resetFontSize() {
    this._fontSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontSizeInput() {
    return this._fontSize;
  }

  // text_color - computed: false, optional: true, required: false
  private _textColor?: string; 
  public get textColor() {
    return this.getStringAttribute('text_color');
  }
  public set textColor(value: string) {
    this._textColor = value;
  }
  public resetTextColor() {
    this._textColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textColorInput() {
    return this._textColor;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksText {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#marks KnowledgeDocumentVariation#marks}
  */
  readonly marks?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    marks: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.marks),
    text: cdktf.stringToTerraform(struct!.text),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    marks: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.marks),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    text: {
      value: cdktf.stringToHclTerraform(struct!.text),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksText | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._marks !== undefined) {
      hasAnyValues = true;
      internalValueResult.marks = this._marks;
    }
    if (this._text !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksText | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._marks = undefined;
      this._text = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._marks = value.marks;
      this._text = value.text;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // marks - computed: false, optional: true, required: false
  private _marks?: string[]; 
  public get marks() {
    return cdktf.Fn.tolist(this.getListAttribute('marks'));
  }
  public set marks(value: string[]) {
    this._marks = value;
  }
  public resetMarks() {
    this._marks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get marksInput() {
    return this._marks;
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

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeight {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeightToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeightToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeightOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeight | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeight | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidth {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidthToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidthToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidthOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidth | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidth | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * height block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#height KnowledgeDocumentVariation#height}
  */
  readonly height?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeight;
  /**
  * width block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidth;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    height: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeightToTerraform(struct!.height),
    width: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidthToTerraform(struct!.width),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    height: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeightToHclTerraform(struct!.height),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeightList",
    },
    width: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidthToHclTerraform(struct!.width),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidthList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._height?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.height = this._height?.internalValue;
    }
    if (this._width?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._height.internalValue = undefined;
      this._width.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._height.internalValue = value.height;
      this._width.internalValue = value.width;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // height - computed: false, optional: true, required: false
  private _height = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeightOutputReference(this, "height");
  public get height() {
    return this._height;
  }
  public putHeight(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesHeight) {
    this._height.internalValue = value;
  }
  public resetHeight() {
    this._height.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heightInput() {
    return this._height.internalValue;
  }

  // width - computed: false, optional: true, required: false
  private _width = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidthOutputReference(this, "width");
  public get width() {
    return this._width;
  }
  public putWidth(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesWidth) {
    this._width.internalValue = value;
  }
  public resetWidth() {
    this._width.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideo {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideo | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#type KnowledgeDocumentVariation#type}
  */
  readonly type: string;
  /**
  * image block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#image KnowledgeDocumentVariation#image}
  */
  readonly image?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImage;
  /**
  * text block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksText;
  /**
  * video block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#video KnowledgeDocumentVariation#video}
  */
  readonly video?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideo;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    type: cdktf.stringToTerraform(struct!.type),
    image: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageToTerraform(struct!.image),
    text: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextToTerraform(struct!.text),
    video: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoToTerraform(struct!.video),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    image: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageToHclTerraform(struct!.image),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageList",
    },
    text: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextToHclTerraform(struct!.text),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextList",
    },
    video: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoToHclTerraform(struct!.video),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._image?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.image = this._image?.internalValue;
    }
    if (this._text?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text?.internalValue;
    }
    if (this._video?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.video = this._video?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._type = undefined;
      this._image.internalValue = undefined;
      this._text.internalValue = undefined;
      this._video.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._type = value.type;
      this._image.internalValue = value.image;
      this._text.internalValue = value.text;
      this._video.internalValue = value.video;
    }
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

  // image - computed: false, optional: true, required: false
  private _image = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImageOutputReference(this, "image");
  public get image() {
    return this._image;
  }
  public putImage(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksImage) {
    this._image.internalValue = value;
  }
  public resetImage() {
    this._image.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageInput() {
    return this._image.internalValue;
  }

  // text - computed: false, optional: true, required: false
  private _text = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksTextOutputReference(this, "text");
  public get text() {
    return this._text;
  }
  public putText(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksText) {
    this._text.internalValue = value;
  }
  public resetText() {
    this._text.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textInput() {
    return this._text.internalValue;
  }

  // video - computed: false, optional: true, required: false
  private _video = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideoOutputReference(this, "video");
  public get video() {
    return this._video;
  }
  public putVideo(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksVideo) {
    this._video.internalValue = value;
  }
  public resetVideo() {
    this._video.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get videoInput() {
    return this._video.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocks[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_size KnowledgeDocumentVariation#font_size}
  */
  readonly fontSize?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_type KnowledgeDocumentVariation#font_type}
  */
  readonly fontType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text_color KnowledgeDocumentVariation#text_color}
  */
  readonly textColor?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    font_size: cdktf.stringToTerraform(struct!.fontSize),
    font_type: cdktf.stringToTerraform(struct!.fontType),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    text_color: cdktf.stringToTerraform(struct!.textColor),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_size: {
      value: cdktf.stringToHclTerraform(struct!.fontSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_type: {
      value: cdktf.stringToHclTerraform(struct!.fontType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    text_color: {
      value: cdktf.stringToHclTerraform(struct!.textColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._fontSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontSize = this._fontSize;
    }
    if (this._fontType !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontType = this._fontType;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._textColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.textColor = this._textColor;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._backgroundColor = undefined;
      this._fontSize = undefined;
      this._fontType = undefined;
      this._indentation = undefined;
      this._textColor = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._backgroundColor = value.backgroundColor;
      this._fontSize = value.fontSize;
      this._fontType = value.fontType;
      this._indentation = value.indentation;
      this._textColor = value.textColor;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // font_size - computed: false, optional: true, required: false
  private _fontSize?: string; 
  public get fontSize() {
    return this.getStringAttribute('font_size');
  }
  public set fontSize(value: string) {
    this._fontSize = value;
  }
  public resetFontSize() {
    this._fontSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontSizeInput() {
    return this._fontSize;
  }

  // font_type - computed: false, optional: true, required: false
  private _fontType?: string; 
  public get fontType() {
    return this.getStringAttribute('font_type');
  }
  public set fontType(value: string) {
    this._fontType = value;
  }
  public resetFontType() {
    this._fontType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontTypeInput() {
    return this._fontType;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // text_color - computed: false, optional: true, required: false
  private _textColor?: string; 
  public get textColor() {
    return this.getStringAttribute('text_color');
  }
  public set textColor(value: string) {
    this._textColor = value;
  }
  public resetTextColor() {
    this._textColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textColorInput() {
    return this._textColor;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraph {
  /**
  * blocks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#blocks KnowledgeDocumentVariation#blocks}
  */
  readonly blocks: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocks[] | cdktf.IResolvable;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraph): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    blocks: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksToTerraform, true)(struct!.blocks),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraph): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    blocks: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksToHclTerraform, true)(struct!.blocks),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksList",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraph | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._blocks?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.blocks = this._blocks?.internalValue;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraph | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._blocks.internalValue = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._blocks.internalValue = value.blocks;
      this._properties.internalValue = value.properties;
    }
  }

  // blocks - computed: false, optional: false, required: true
  private _blocks = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocksList(this, "blocks", false);
  public get blocks() {
    return this._blocks;
  }
  public putBlocks(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphBlocks[] | cdktf.IResolvable) {
    this._blocks.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get blocksInput() {
    return this._blocks.internalValue;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#font_size KnowledgeDocumentVariation#font_size}
  */
  readonly fontSize?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text_color KnowledgeDocumentVariation#text_color}
  */
  readonly textColor?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    font_size: cdktf.stringToTerraform(struct!.fontSize),
    text_color: cdktf.stringToTerraform(struct!.textColor),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    font_size: {
      value: cdktf.stringToHclTerraform(struct!.fontSize),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    text_color: {
      value: cdktf.stringToHclTerraform(struct!.textColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._fontSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.fontSize = this._fontSize;
    }
    if (this._textColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.textColor = this._textColor;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._backgroundColor = undefined;
      this._fontSize = undefined;
      this._textColor = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._backgroundColor = value.backgroundColor;
      this._fontSize = value.fontSize;
      this._textColor = value.textColor;
    }
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // font_size - computed: false, optional: true, required: false
  private _fontSize?: string; 
  public get fontSize() {
    return this.getStringAttribute('font_size');
  }
  public set fontSize(value: string) {
    this._fontSize = value;
  }
  public resetFontSize() {
    this._fontSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fontSizeInput() {
    return this._fontSize;
  }

  // text_color - computed: false, optional: true, required: false
  private _textColor?: string; 
  public get textColor() {
    return this.getStringAttribute('text_color');
  }
  public set textColor(value: string) {
    this._textColor = value;
  }
  public resetTextColor() {
    this._textColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textColorInput() {
    return this._textColor;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksText {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#hyperlink KnowledgeDocumentVariation#hyperlink}
  */
  readonly hyperlink?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#marks KnowledgeDocumentVariation#marks}
  */
  readonly marks?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hyperlink: cdktf.stringToTerraform(struct!.hyperlink),
    marks: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.marks),
    text: cdktf.stringToTerraform(struct!.text),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksText): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hyperlink: {
      value: cdktf.stringToHclTerraform(struct!.hyperlink),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    marks: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.marks),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    text: {
      value: cdktf.stringToHclTerraform(struct!.text),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksText | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hyperlink !== undefined) {
      hasAnyValues = true;
      internalValueResult.hyperlink = this._hyperlink;
    }
    if (this._marks !== undefined) {
      hasAnyValues = true;
      internalValueResult.marks = this._marks;
    }
    if (this._text !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksText | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._hyperlink = undefined;
      this._marks = undefined;
      this._text = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._hyperlink = value.hyperlink;
      this._marks = value.marks;
      this._text = value.text;
      this._properties.internalValue = value.properties;
    }
  }

  // hyperlink - computed: false, optional: true, required: false
  private _hyperlink?: string; 
  public get hyperlink() {
    return this.getStringAttribute('hyperlink');
  }
  public set hyperlink(value: string) {
    this._hyperlink = value;
  }
  public resetHyperlink() {
    this._hyperlink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hyperlinkInput() {
    return this._hyperlink;
  }

  // marks - computed: false, optional: true, required: false
  private _marks?: string[]; 
  public get marks() {
    return cdktf.Fn.tolist(this.getListAttribute('marks'));
  }
  public set marks(value: string[]) {
    this._marks = value;
  }
  public resetMarks() {
    this._marks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get marksInput() {
    return this._marks;
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

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeight {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeightToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeightToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeightOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeight | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeight | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidth {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidthToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidthToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidthOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidth | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidth | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * height block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#height KnowledgeDocumentVariation#height}
  */
  readonly height?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeight;
  /**
  * width block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidth;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    height: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeightToTerraform(struct!.height),
    width: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidthToTerraform(struct!.width),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    height: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeightToHclTerraform(struct!.height),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeightList",
    },
    width: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidthToHclTerraform(struct!.width),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidthList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._height?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.height = this._height?.internalValue;
    }
    if (this._width?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._height.internalValue = undefined;
      this._width.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._height.internalValue = value.height;
      this._width.internalValue = value.width;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // height - computed: false, optional: true, required: false
  private _height = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeightOutputReference(this, "height");
  public get height() {
    return this._height;
  }
  public putHeight(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesHeight) {
    this._height.internalValue = value;
  }
  public resetHeight() {
    this._height.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heightInput() {
    return this._height.internalValue;
  }

  // width - computed: false, optional: true, required: false
  private _width = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidthOutputReference(this, "width");
  public get width() {
    return this._width;
  }
  public putWidth(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesWidth) {
    this._width.internalValue = value;
  }
  public resetWidth() {
    this._width.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideo {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideo | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#type KnowledgeDocumentVariation#type}
  */
  readonly type: string;
  /**
  * image block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#image KnowledgeDocumentVariation#image}
  */
  readonly image?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImage;
  /**
  * list block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#list KnowledgeDocumentVariation#list}
  */
  readonly list?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStruct;
  /**
  * paragraph block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#paragraph KnowledgeDocumentVariation#paragraph}
  */
  readonly paragraph?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraph;
  /**
  * text block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#text KnowledgeDocumentVariation#text}
  */
  readonly text?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksText;
  /**
  * video block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#video KnowledgeDocumentVariation#video}
  */
  readonly video?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideo;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    type: cdktf.stringToTerraform(struct!.type),
    image: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageToTerraform(struct!.image),
    list: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStructToTerraform(struct!.list),
    paragraph: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphToTerraform(struct!.paragraph),
    text: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextToTerraform(struct!.text),
    video: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoToTerraform(struct!.video),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    image: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageToHclTerraform(struct!.image),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageList",
    },
    list: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStructToHclTerraform(struct!.list),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStructList",
    },
    paragraph: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphToHclTerraform(struct!.paragraph),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphList",
    },
    text: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextToHclTerraform(struct!.text),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextList",
    },
    video: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoToHclTerraform(struct!.video),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._image?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.image = this._image?.internalValue;
    }
    if (this._list?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.list = this._list?.internalValue;
    }
    if (this._paragraph?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.paragraph = this._paragraph?.internalValue;
    }
    if (this._text?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.text = this._text?.internalValue;
    }
    if (this._video?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.video = this._video?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._type = undefined;
      this._image.internalValue = undefined;
      this._list.internalValue = undefined;
      this._paragraph.internalValue = undefined;
      this._text.internalValue = undefined;
      this._video.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._type = value.type;
      this._image.internalValue = value.image;
      this._list.internalValue = value.list;
      this._paragraph.internalValue = value.paragraph;
      this._text.internalValue = value.text;
      this._video.internalValue = value.video;
    }
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

  // image - computed: false, optional: true, required: false
  private _image = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImageOutputReference(this, "image");
  public get image() {
    return this._image;
  }
  public putImage(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksImage) {
    this._image.internalValue = value;
  }
  public resetImage() {
    this._image.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageInput() {
    return this._image.internalValue;
  }

  // list - computed: false, optional: true, required: false
  private _list = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStructOutputReference(this, "list");
  public get list() {
    return this._list;
  }
  public putList(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksListStruct) {
    this._list.internalValue = value;
  }
  public resetList() {
    this._list.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get listInput() {
    return this._list.internalValue;
  }

  // paragraph - computed: false, optional: true, required: false
  private _paragraph = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraphOutputReference(this, "paragraph");
  public get paragraph() {
    return this._paragraph;
  }
  public putParagraph(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksParagraph) {
    this._paragraph.internalValue = value;
  }
  public resetParagraph() {
    this._paragraph.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get paragraphInput() {
    return this._paragraph.internalValue;
  }

  // text - computed: false, optional: true, required: false
  private _text = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksTextOutputReference(this, "text");
  public get text() {
    return this._text;
  }
  public putText(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksText) {
    this._text.internalValue = value;
  }
  public resetText() {
    this._text.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textInput() {
    return this._text.internalValue;
  }

  // video - computed: false, optional: true, required: false
  private _video = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideoOutputReference(this, "video");
  public get video() {
    return this._video;
  }
  public putVideo(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksVideo) {
    this._video.internalValue = value;
  }
  public resetVideo() {
    this._video.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get videoInput() {
    return this._video.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocks[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnit {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnitToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnitToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnitOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnit | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnit | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#border_color KnowledgeDocumentVariation#border_color}
  */
  readonly borderColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#border_style KnowledgeDocumentVariation#border_style}
  */
  readonly borderStyle?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#border_width KnowledgeDocumentVariation#border_width}
  */
  readonly borderWidth?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#cell_type KnowledgeDocumentVariation#cell_type}
  */
  readonly cellType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#col_span KnowledgeDocumentVariation#col_span}
  */
  readonly colSpan?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#height KnowledgeDocumentVariation#height}
  */
  readonly height?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#horizontal_align KnowledgeDocumentVariation#horizontal_align}
  */
  readonly horizontalAlign?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#row_span KnowledgeDocumentVariation#row_span}
  */
  readonly rowSpan?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#scope KnowledgeDocumentVariation#scope}
  */
  readonly scope?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#vertical_align KnowledgeDocumentVariation#vertical_align}
  */
  readonly verticalAlign?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: number;
  /**
  * width_with_unit block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width_with_unit KnowledgeDocumentVariation#width_with_unit}
  */
  readonly widthWithUnit?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnit;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    border_color: cdktf.stringToTerraform(struct!.borderColor),
    border_style: cdktf.stringToTerraform(struct!.borderStyle),
    border_width: cdktf.numberToTerraform(struct!.borderWidth),
    cell_type: cdktf.stringToTerraform(struct!.cellType),
    col_span: cdktf.numberToTerraform(struct!.colSpan),
    height: cdktf.numberToTerraform(struct!.height),
    horizontal_align: cdktf.stringToTerraform(struct!.horizontalAlign),
    row_span: cdktf.numberToTerraform(struct!.rowSpan),
    scope: cdktf.stringToTerraform(struct!.scope),
    vertical_align: cdktf.stringToTerraform(struct!.verticalAlign),
    width: cdktf.numberToTerraform(struct!.width),
    width_with_unit: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnitToTerraform(struct!.widthWithUnit),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    border_color: {
      value: cdktf.stringToHclTerraform(struct!.borderColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    border_style: {
      value: cdktf.stringToHclTerraform(struct!.borderStyle),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    border_width: {
      value: cdktf.numberToHclTerraform(struct!.borderWidth),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    cell_type: {
      value: cdktf.stringToHclTerraform(struct!.cellType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    col_span: {
      value: cdktf.numberToHclTerraform(struct!.colSpan),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    height: {
      value: cdktf.numberToHclTerraform(struct!.height),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    horizontal_align: {
      value: cdktf.stringToHclTerraform(struct!.horizontalAlign),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    row_span: {
      value: cdktf.numberToHclTerraform(struct!.rowSpan),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    scope: {
      value: cdktf.stringToHclTerraform(struct!.scope),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vertical_align: {
      value: cdktf.stringToHclTerraform(struct!.verticalAlign),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    width: {
      value: cdktf.numberToHclTerraform(struct!.width),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    width_with_unit: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnitToHclTerraform(struct!.widthWithUnit),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnitList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._borderColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.borderColor = this._borderColor;
    }
    if (this._borderStyle !== undefined) {
      hasAnyValues = true;
      internalValueResult.borderStyle = this._borderStyle;
    }
    if (this._borderWidth !== undefined) {
      hasAnyValues = true;
      internalValueResult.borderWidth = this._borderWidth;
    }
    if (this._cellType !== undefined) {
      hasAnyValues = true;
      internalValueResult.cellType = this._cellType;
    }
    if (this._colSpan !== undefined) {
      hasAnyValues = true;
      internalValueResult.colSpan = this._colSpan;
    }
    if (this._height !== undefined) {
      hasAnyValues = true;
      internalValueResult.height = this._height;
    }
    if (this._horizontalAlign !== undefined) {
      hasAnyValues = true;
      internalValueResult.horizontalAlign = this._horizontalAlign;
    }
    if (this._rowSpan !== undefined) {
      hasAnyValues = true;
      internalValueResult.rowSpan = this._rowSpan;
    }
    if (this._scope !== undefined) {
      hasAnyValues = true;
      internalValueResult.scope = this._scope;
    }
    if (this._verticalAlign !== undefined) {
      hasAnyValues = true;
      internalValueResult.verticalAlign = this._verticalAlign;
    }
    if (this._width !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width;
    }
    if (this._widthWithUnit?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.widthWithUnit = this._widthWithUnit?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._backgroundColor = undefined;
      this._borderColor = undefined;
      this._borderStyle = undefined;
      this._borderWidth = undefined;
      this._cellType = undefined;
      this._colSpan = undefined;
      this._height = undefined;
      this._horizontalAlign = undefined;
      this._rowSpan = undefined;
      this._scope = undefined;
      this._verticalAlign = undefined;
      this._width = undefined;
      this._widthWithUnit.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._backgroundColor = value.backgroundColor;
      this._borderColor = value.borderColor;
      this._borderStyle = value.borderStyle;
      this._borderWidth = value.borderWidth;
      this._cellType = value.cellType;
      this._colSpan = value.colSpan;
      this._height = value.height;
      this._horizontalAlign = value.horizontalAlign;
      this._rowSpan = value.rowSpan;
      this._scope = value.scope;
      this._verticalAlign = value.verticalAlign;
      this._width = value.width;
      this._widthWithUnit.internalValue = value.widthWithUnit;
    }
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // border_color - computed: false, optional: true, required: false
  private _borderColor?: string; 
  public get borderColor() {
    return this.getStringAttribute('border_color');
  }
  public set borderColor(value: string) {
    this._borderColor = value;
  }
  public resetBorderColor() {
    this._borderColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get borderColorInput() {
    return this._borderColor;
  }

  // border_style - computed: false, optional: true, required: false
  private _borderStyle?: string; 
  public get borderStyle() {
    return this.getStringAttribute('border_style');
  }
  public set borderStyle(value: string) {
    this._borderStyle = value;
  }
  public resetBorderStyle() {
    this._borderStyle = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get borderStyleInput() {
    return this._borderStyle;
  }

  // border_width - computed: false, optional: true, required: false
  private _borderWidth?: number; 
  public get borderWidth() {
    return this.getNumberAttribute('border_width');
  }
  public set borderWidth(value: number) {
    this._borderWidth = value;
  }
  public resetBorderWidth() {
    this._borderWidth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get borderWidthInput() {
    return this._borderWidth;
  }

  // cell_type - computed: false, optional: true, required: false
  private _cellType?: string; 
  public get cellType() {
    return this.getStringAttribute('cell_type');
  }
  public set cellType(value: string) {
    this._cellType = value;
  }
  public resetCellType() {
    this._cellType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cellTypeInput() {
    return this._cellType;
  }

  // col_span - computed: false, optional: true, required: false
  private _colSpan?: number; 
  public get colSpan() {
    return this.getNumberAttribute('col_span');
  }
  public set colSpan(value: number) {
    this._colSpan = value;
  }
  public resetColSpan() {
    this._colSpan = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get colSpanInput() {
    return this._colSpan;
  }

  // height - computed: false, optional: true, required: false
  private _height?: number; 
  public get height() {
    return this.getNumberAttribute('height');
  }
  public set height(value: number) {
    this._height = value;
  }
  public resetHeight() {
    this._height = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heightInput() {
    return this._height;
  }

  // horizontal_align - computed: false, optional: true, required: false
  private _horizontalAlign?: string; 
  public get horizontalAlign() {
    return this.getStringAttribute('horizontal_align');
  }
  public set horizontalAlign(value: string) {
    this._horizontalAlign = value;
  }
  public resetHorizontalAlign() {
    this._horizontalAlign = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get horizontalAlignInput() {
    return this._horizontalAlign;
  }

  // row_span - computed: false, optional: true, required: false
  private _rowSpan?: number; 
  public get rowSpan() {
    return this.getNumberAttribute('row_span');
  }
  public set rowSpan(value: number) {
    this._rowSpan = value;
  }
  public resetRowSpan() {
    this._rowSpan = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rowSpanInput() {
    return this._rowSpan;
  }

  // scope - computed: false, optional: true, required: false
  private _scope?: string; 
  public get scope() {
    return this.getStringAttribute('scope');
  }
  public set scope(value: string) {
    this._scope = value;
  }
  public resetScope() {
    this._scope = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scopeInput() {
    return this._scope;
  }

  // vertical_align - computed: false, optional: true, required: false
  private _verticalAlign?: string; 
  public get verticalAlign() {
    return this.getStringAttribute('vertical_align');
  }
  public set verticalAlign(value: string) {
    this._verticalAlign = value;
  }
  public resetVerticalAlign() {
    this._verticalAlign = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get verticalAlignInput() {
    return this._verticalAlign;
  }

  // width - computed: false, optional: true, required: false
  private _width?: number; 
  public get width() {
    return this.getNumberAttribute('width');
  }
  public set width(value: number) {
    this._width = value;
  }
  public resetWidth() {
    this._width = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width;
  }

  // width_with_unit - computed: false, optional: true, required: false
  private _widthWithUnit = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnitOutputReference(this, "width_with_unit");
  public get widthWithUnit() {
    return this._widthWithUnit;
  }
  public putWidthWithUnit(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesWidthWithUnit) {
    this._widthWithUnit.internalValue = value;
  }
  public resetWidthWithUnit() {
    this._widthWithUnit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthWithUnitInput() {
    return this._widthWithUnit.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCells {
  /**
  * blocks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#blocks KnowledgeDocumentVariation#blocks}
  */
  readonly blocks: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocks[] | cdktf.IResolvable;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCells | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    blocks: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksToTerraform, true)(struct!.blocks),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCells | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    blocks: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksToHclTerraform, true)(struct!.blocks),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksList",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCells | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._blocks?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.blocks = this._blocks?.internalValue;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCells | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._blocks.internalValue = undefined;
      this._properties.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._blocks.internalValue = value.blocks;
      this._properties.internalValue = value.properties;
    }
  }

  // blocks - computed: false, optional: false, required: true
  private _blocks = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocksList(this, "blocks", false);
  public get blocks() {
    return this._blocks;
  }
  public putBlocks(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsBlocks[] | cdktf.IResolvable) {
    this._blocks.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get blocksInput() {
    return this._blocks.internalValue;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCells[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#alignment KnowledgeDocumentVariation#alignment}
  */
  readonly alignment?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#border_color KnowledgeDocumentVariation#border_color}
  */
  readonly borderColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#border_style KnowledgeDocumentVariation#border_style}
  */
  readonly borderStyle?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#height KnowledgeDocumentVariation#height}
  */
  readonly height?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#row_type KnowledgeDocumentVariation#row_type}
  */
  readonly rowType?: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    alignment: cdktf.stringToTerraform(struct!.alignment),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    border_color: cdktf.stringToTerraform(struct!.borderColor),
    border_style: cdktf.stringToTerraform(struct!.borderStyle),
    height: cdktf.numberToTerraform(struct!.height),
    row_type: cdktf.stringToTerraform(struct!.rowType),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    alignment: {
      value: cdktf.stringToHclTerraform(struct!.alignment),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    border_color: {
      value: cdktf.stringToHclTerraform(struct!.borderColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    border_style: {
      value: cdktf.stringToHclTerraform(struct!.borderStyle),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    height: {
      value: cdktf.numberToHclTerraform(struct!.height),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    row_type: {
      value: cdktf.stringToHclTerraform(struct!.rowType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alignment !== undefined) {
      hasAnyValues = true;
      internalValueResult.alignment = this._alignment;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._borderColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.borderColor = this._borderColor;
    }
    if (this._borderStyle !== undefined) {
      hasAnyValues = true;
      internalValueResult.borderStyle = this._borderStyle;
    }
    if (this._height !== undefined) {
      hasAnyValues = true;
      internalValueResult.height = this._height;
    }
    if (this._rowType !== undefined) {
      hasAnyValues = true;
      internalValueResult.rowType = this._rowType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alignment = undefined;
      this._backgroundColor = undefined;
      this._borderColor = undefined;
      this._borderStyle = undefined;
      this._height = undefined;
      this._rowType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alignment = value.alignment;
      this._backgroundColor = value.backgroundColor;
      this._borderColor = value.borderColor;
      this._borderStyle = value.borderStyle;
      this._height = value.height;
      this._rowType = value.rowType;
    }
  }

  // alignment - computed: false, optional: true, required: false
  private _alignment?: string; 
  public get alignment() {
    return this.getStringAttribute('alignment');
  }
  public set alignment(value: string) {
    this._alignment = value;
  }
  public resetAlignment() {
    this._alignment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignmentInput() {
    return this._alignment;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // border_color - computed: false, optional: true, required: false
  private _borderColor?: string; 
  public get borderColor() {
    return this.getStringAttribute('border_color');
  }
  public set borderColor(value: string) {
    this._borderColor = value;
  }
  public resetBorderColor() {
    this._borderColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get borderColorInput() {
    return this._borderColor;
  }

  // border_style - computed: false, optional: true, required: false
  private _borderStyle?: string; 
  public get borderStyle() {
    return this.getStringAttribute('border_style');
  }
  public set borderStyle(value: string) {
    this._borderStyle = value;
  }
  public resetBorderStyle() {
    this._borderStyle = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get borderStyleInput() {
    return this._borderStyle;
  }

  // height - computed: false, optional: true, required: false
  private _height?: number; 
  public get height() {
    return this.getNumberAttribute('height');
  }
  public set height(value: number) {
    this._height = value;
  }
  public resetHeight() {
    this._height = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heightInput() {
    return this._height;
  }

  // row_type - computed: false, optional: true, required: false
  private _rowType?: string; 
  public get rowType() {
    return this.getStringAttribute('row_type');
  }
  public set rowType(value: string) {
    this._rowType = value;
  }
  public resetRowType() {
    this._rowType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rowTypeInput() {
    return this._rowType;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRows {
  /**
  * cells block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#cells KnowledgeDocumentVariation#cells}
  */
  readonly cells: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCells[] | cdktf.IResolvable;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRows | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cells: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsToTerraform, true)(struct!.cells),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRows | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cells: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsToHclTerraform, true)(struct!.cells),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsList",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRows | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cells?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.cells = this._cells?.internalValue;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRows | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cells.internalValue = undefined;
      this._properties.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cells.internalValue = value.cells;
      this._properties.internalValue = value.properties;
    }
  }

  // cells - computed: false, optional: false, required: true
  private _cells = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCellsList(this, "cells", false);
  public get cells() {
    return this._cells;
  }
  public putCells(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsCells[] | cdktf.IResolvable) {
    this._cells.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cellsInput() {
    return this._cells.internalValue;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRows[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTable {
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableProperties[] | cdktf.IResolvable;
  /**
  * rows block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#rows KnowledgeDocumentVariation#rows}
  */
  readonly rows: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRows[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesToTerraform, true)(struct!.properties),
    rows: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsToTerraform, true)(struct!.rows),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesList",
    },
    rows: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsToHclTerraform, true)(struct!.rows),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTable | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    if (this._rows?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.rows = this._rows?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._properties.internalValue = undefined;
      this._rows.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._properties.internalValue = value.properties;
      this._rows.internalValue = value.rows;
    }
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTablePropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }

  // rows - computed: false, optional: false, required: true
  private _rows = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRowsList(this, "rows", false);
  public get rows() {
    return this._rows;
  }
  public putRows(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableRows[] | cdktf.IResolvable) {
    this._rows.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rowsInput() {
    return this._rows.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeight {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeightToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeightToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeightOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeight): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeightOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeight | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeight | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidth {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#unit KnowledgeDocumentVariation#unit}
  */
  readonly unit: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value KnowledgeDocumentVariation#value}
  */
  readonly value: number;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidthToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    unit: cdktf.stringToTerraform(struct!.unit),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidthToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidthOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidth): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    unit: {
      value: cdktf.stringToHclTerraform(struct!.unit),
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidthOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidth | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._unit !== undefined) {
      hasAnyValues = true;
      internalValueResult.unit = this._unit;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidth | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._unit = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._unit = value.unit;
      this._value = value.value;
    }
  }

  // unit - computed: false, optional: false, required: true
  private _unit?: string; 
  public get unit() {
    return this.getStringAttribute('unit');
  }
  public set unit(value: string) {
    this._unit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get unitInput() {
    return this._unit;
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
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoProperties {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#align KnowledgeDocumentVariation#align}
  */
  readonly align?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#background_color KnowledgeDocumentVariation#background_color}
  */
  readonly backgroundColor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#indentation KnowledgeDocumentVariation#indentation}
  */
  readonly indentation?: number;
  /**
  * height block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#height KnowledgeDocumentVariation#height}
  */
  readonly height?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeight;
  /**
  * width block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#width KnowledgeDocumentVariation#width}
  */
  readonly width?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidth;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    align: cdktf.stringToTerraform(struct!.align),
    background_color: cdktf.stringToTerraform(struct!.backgroundColor),
    indentation: cdktf.numberToTerraform(struct!.indentation),
    height: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeightToTerraform(struct!.height),
    width: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidthToTerraform(struct!.width),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoProperties | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    align: {
      value: cdktf.stringToHclTerraform(struct!.align),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    background_color: {
      value: cdktf.stringToHclTerraform(struct!.backgroundColor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    indentation: {
      value: cdktf.numberToHclTerraform(struct!.indentation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    height: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeightToHclTerraform(struct!.height),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeightList",
    },
    width: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidthToHclTerraform(struct!.width),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidthList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoProperties | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._align !== undefined) {
      hasAnyValues = true;
      internalValueResult.align = this._align;
    }
    if (this._backgroundColor !== undefined) {
      hasAnyValues = true;
      internalValueResult.backgroundColor = this._backgroundColor;
    }
    if (this._indentation !== undefined) {
      hasAnyValues = true;
      internalValueResult.indentation = this._indentation;
    }
    if (this._height?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.height = this._height?.internalValue;
    }
    if (this._width?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.width = this._width?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoProperties | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._align = undefined;
      this._backgroundColor = undefined;
      this._indentation = undefined;
      this._height.internalValue = undefined;
      this._width.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._align = value.align;
      this._backgroundColor = value.backgroundColor;
      this._indentation = value.indentation;
      this._height.internalValue = value.height;
      this._width.internalValue = value.width;
    }
  }

  // align - computed: false, optional: true, required: false
  private _align?: string; 
  public get align() {
    return this.getStringAttribute('align');
  }
  public set align(value: string) {
    this._align = value;
  }
  public resetAlign() {
    this._align = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alignInput() {
    return this._align;
  }

  // background_color - computed: false, optional: true, required: false
  private _backgroundColor?: string; 
  public get backgroundColor() {
    return this.getStringAttribute('background_color');
  }
  public set backgroundColor(value: string) {
    this._backgroundColor = value;
  }
  public resetBackgroundColor() {
    this._backgroundColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backgroundColorInput() {
    return this._backgroundColor;
  }

  // indentation - computed: false, optional: true, required: false
  private _indentation?: number; 
  public get indentation() {
    return this.getNumberAttribute('indentation');
  }
  public set indentation(value: number) {
    this._indentation = value;
  }
  public resetIndentation() {
    this._indentation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indentationInput() {
    return this._indentation;
  }

  // height - computed: false, optional: true, required: false
  private _height = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeightOutputReference(this, "height");
  public get height() {
    return this._height;
  }
  public putHeight(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesHeight) {
    this._height.internalValue = value;
  }
  public resetHeight() {
    this._height.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heightInput() {
    return this._height.internalValue;
  }

  // width - computed: false, optional: true, required: false
  private _width = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidthOutputReference(this, "width");
  public get width() {
    return this._width;
  }
  public putWidth(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesWidth) {
    this._width.internalValue = value;
  }
  public resetWidth() {
    this._width.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get widthInput() {
    return this._width.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoProperties[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideo {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#url KnowledgeDocumentVariation#url}
  */
  readonly url: string;
  /**
  * properties block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#properties KnowledgeDocumentVariation#properties}
  */
  readonly properties?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoProperties[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    url: cdktf.stringToTerraform(struct!.url),
    properties: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesToTerraform, true)(struct!.properties),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    properties: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesToHclTerraform, true)(struct!.properties),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._properties?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideo | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._url = undefined;
      this._properties.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._url = value.url;
      this._properties.internalValue = value.properties;
    }
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // properties - computed: false, optional: true, required: false
  private _properties = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoPropertiesList(this, "properties", false);
  public get properties() {
    return this._properties;
  }
  public putProperties(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoProperties[] | cdktf.IResolvable) {
    this._properties.internalValue = value;
  }
  public resetProperties() {
    this._properties.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties.internalValue;
  }
}
