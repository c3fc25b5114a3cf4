import * as cdktf from 'cdktf';
import { KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImage,
knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageToTerraform,
knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageToHclTerraform,
KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageOutputReference,
KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStruct,
knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStructToTerraform,
knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStructToHclTerraform,
KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStructOutputReference,
KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraph,
knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphToTerraform,
knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphToHclTerraform,
KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphOutputReference,
KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTable,
knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableToTerraform,
knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableToHclTerraform,
KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableOutputReference,
KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideo,
knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoToTerraform,
knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoToHclTerraform,
KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoOutputReference,
KnowledgeDocumentVariationKnowledgeDocumentVariationDocumentVersionList } from './structs0'
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#type KnowledgeDocumentVariation#type}
  */
  readonly type: string;
  /**
  * image block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#image KnowledgeDocumentVariation#image}
  */
  readonly image?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImage;
  /**
  * list block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#list KnowledgeDocumentVariation#list}
  */
  readonly list?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStruct;
  /**
  * paragraph block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#paragraph KnowledgeDocumentVariation#paragraph}
  */
  readonly paragraph?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraph;
  /**
  * table block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#table KnowledgeDocumentVariation#table}
  */
  readonly table?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTable;
  /**
  * video block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#video KnowledgeDocumentVariation#video}
  */
  readonly video?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideo;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    type: cdktf.stringToTerraform(struct!.type),
    image: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageToTerraform(struct!.image),
    list: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStructToTerraform(struct!.list),
    paragraph: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphToTerraform(struct!.paragraph),
    table: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableToTerraform(struct!.table),
    video: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoToTerraform(struct!.video),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocks | cdktf.IResolvable): any {
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
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageToHclTerraform(struct!.image),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageList",
    },
    list: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStructToHclTerraform(struct!.list),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksListStructList",
    },
    paragraph: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphToHclTerraform(struct!.paragraph),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphList",
    },
    table: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableToHclTerraform(struct!.table),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableList",
    },
    video: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoToHclTerraform(struct!.video),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocks | cdktf.IResolvable | undefined {
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
    if (this._table?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.table = this._table?.internalValue;
    }
    if (this._video?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.video = this._video?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._type = undefined;
      this._image.internalValue = undefined;
      this._list.internalValue = undefined;
      this._paragraph.internalValue = undefined;
      this._table.internalValue = undefined;
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
      this._table.internalValue = value.table;
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
  private _image = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImageOutputReference(this, "image");
  public get image() {
    return this._image;
  }
  public putImage(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksImage) {
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

  // paragraph - computed: false, optional: true, required: false
  private _paragraph = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraphOutputReference(this, "paragraph");
  public get paragraph() {
    return this._paragraph;
  }
  public putParagraph(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksParagraph) {
    this._paragraph.internalValue = value;
  }
  public resetParagraph() {
    this._paragraph.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get paragraphInput() {
    return this._paragraph.internalValue;
  }

  // table - computed: false, optional: true, required: false
  private _table = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTableOutputReference(this, "table");
  public get table() {
    return this._table;
  }
  public putTable(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksTable) {
    this._table.internalValue = value;
  }
  public resetTable() {
    this._table.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tableInput() {
    return this._table.internalValue;
  }

  // video - computed: false, optional: true, required: false
  private _video = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideoOutputReference(this, "video");
  public get video() {
    return this._video;
  }
  public putVideo(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksVideo) {
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

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocks[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationBody {
  /**
  * blocks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#blocks KnowledgeDocumentVariation#blocks}
  */
  readonly blocks: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocks[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBody): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    blocks: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksToTerraform, true)(struct!.blocks),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationBodyToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariationBody): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    blocks: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksToHclTerraform, true)(struct!.blocks),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationBodyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationBody | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._blocks?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.blocks = this._blocks?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBody | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._blocks.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._blocks.internalValue = value.blocks;
    }
  }

  // blocks - computed: false, optional: false, required: true
  private _blocks = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocksList(this, "blocks", false);
  public get blocks() {
    return this._blocks;
  }
  public putBlocks(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBodyBlocks[] | cdktf.IResolvable) {
    this._blocks.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get blocksInput() {
    return this._blocks.internalValue;
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationContextsContext {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#context_id KnowledgeDocumentVariation#context_id}
  */
  readonly contextId: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationContextsContextToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationContextsContext | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    context_id: cdktf.stringToTerraform(struct!.contextId),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationContextsContextToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationContextsContext | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    context_id: {
      value: cdktf.stringToHclTerraform(struct!.contextId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationContextsContextOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationContextsContext | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._contextId !== undefined) {
      hasAnyValues = true;
      internalValueResult.contextId = this._contextId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationContextsContext | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._contextId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._contextId = value.contextId;
    }
  }

  // context_id - computed: false, optional: false, required: true
  private _contextId?: string; 
  public get contextId() {
    return this.getStringAttribute('context_id');
  }
  public set contextId(value: string) {
    this._contextId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get contextIdInput() {
    return this._contextId;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationContextsContextList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationContextsContext[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationContextsContextOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationContextsContextOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationContextsValues {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#value_id KnowledgeDocumentVariation#value_id}
  */
  readonly valueId: string;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationContextsValuesToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationContextsValues | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    value_id: cdktf.stringToTerraform(struct!.valueId),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationContextsValuesToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationContextsValues | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    value_id: {
      value: cdktf.stringToHclTerraform(struct!.valueId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationContextsValuesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationContextsValues | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._valueId !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueId = this._valueId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationContextsValues | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._valueId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._valueId = value.valueId;
    }
  }

  // value_id - computed: false, optional: false, required: true
  private _valueId?: string; 
  public get valueId() {
    return this.getStringAttribute('value_id');
  }
  public set valueId(value: string) {
    this._valueId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueIdInput() {
    return this._valueId;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationContextsValuesList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationContextsValues[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationContextsValuesOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationContextsValuesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariationContexts {
  /**
  * context block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#context KnowledgeDocumentVariation#context}
  */
  readonly context: KnowledgeDocumentVariationKnowledgeDocumentVariationContextsContext[] | cdktf.IResolvable;
  /**
  * values block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#values KnowledgeDocumentVariation#values}
  */
  readonly values?: KnowledgeDocumentVariationKnowledgeDocumentVariationContextsValues[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationContextsToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationContexts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    context: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationContextsContextToTerraform, true)(struct!.context),
    values: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationContextsValuesToTerraform, true)(struct!.values),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationContextsToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationContexts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    context: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationContextsContextToHclTerraform, true)(struct!.context),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationContextsContextList",
    },
    values: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationContextsValuesToHclTerraform, true)(struct!.values),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationContextsValuesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationContextsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariationContexts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._context?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.context = this._context?.internalValue;
    }
    if (this._values?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.values = this._values?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariationContexts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._context.internalValue = undefined;
      this._values.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._context.internalValue = value.context;
      this._values.internalValue = value.values;
    }
  }

  // context - computed: false, optional: false, required: true
  private _context = new KnowledgeDocumentVariationKnowledgeDocumentVariationContextsContextList(this, "context", false);
  public get context() {
    return this._context;
  }
  public putContext(value: KnowledgeDocumentVariationKnowledgeDocumentVariationContextsContext[] | cdktf.IResolvable) {
    this._context.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get contextInput() {
    return this._context.internalValue;
  }

  // values - computed: false, optional: true, required: false
  private _values = new KnowledgeDocumentVariationKnowledgeDocumentVariationContextsValuesList(this, "values", false);
  public get values() {
    return this._values;
  }
  public putValues(value: KnowledgeDocumentVariationKnowledgeDocumentVariationContextsValues[] | cdktf.IResolvable) {
    this._values.internalValue = value;
  }
  public resetValues() {
    this._values.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesInput() {
    return this._values.internalValue;
  }
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationContextsList extends cdktf.ComplexList {
  public internalValue? : KnowledgeDocumentVariationKnowledgeDocumentVariationContexts[] | cdktf.IResolvable

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
  public get(index: number): KnowledgeDocumentVariationKnowledgeDocumentVariationContextsOutputReference {
    return new KnowledgeDocumentVariationKnowledgeDocumentVariationContextsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KnowledgeDocumentVariationKnowledgeDocumentVariation {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#name KnowledgeDocumentVariation#name}
  */
  readonly name?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#priority KnowledgeDocumentVariation#priority}
  */
  readonly priority?: number;
  /**
  * body block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#body KnowledgeDocumentVariation#body}
  */
  readonly body?: KnowledgeDocumentVariationKnowledgeDocumentVariationBody;
  /**
  * contexts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/knowledge_document_variation#contexts KnowledgeDocumentVariation#contexts}
  */
  readonly contexts?: KnowledgeDocumentVariationKnowledgeDocumentVariationContexts[] | cdktf.IResolvable;
}

export function knowledgeDocumentVariationKnowledgeDocumentVariationToTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariation): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    priority: cdktf.numberToTerraform(struct!.priority),
    body: knowledgeDocumentVariationKnowledgeDocumentVariationBodyToTerraform(struct!.body),
    contexts: cdktf.listMapper(knowledgeDocumentVariationKnowledgeDocumentVariationContextsToTerraform, true)(struct!.contexts),
  }
}


export function knowledgeDocumentVariationKnowledgeDocumentVariationToHclTerraform(struct?: KnowledgeDocumentVariationKnowledgeDocumentVariationOutputReference | KnowledgeDocumentVariationKnowledgeDocumentVariation): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    priority: {
      value: cdktf.numberToHclTerraform(struct!.priority),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    body: {
      value: knowledgeDocumentVariationKnowledgeDocumentVariationBodyToHclTerraform(struct!.body),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationBodyList",
    },
    contexts: {
      value: cdktf.listMapperHcl(knowledgeDocumentVariationKnowledgeDocumentVariationContextsToHclTerraform, true)(struct!.contexts),
      isBlock: true,
      type: "list",
      storageClassType: "KnowledgeDocumentVariationKnowledgeDocumentVariationContextsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KnowledgeDocumentVariationKnowledgeDocumentVariationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KnowledgeDocumentVariationKnowledgeDocumentVariation | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._priority !== undefined) {
      hasAnyValues = true;
      internalValueResult.priority = this._priority;
    }
    if (this._body?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.body = this._body?.internalValue;
    }
    if (this._contexts?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.contexts = this._contexts?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KnowledgeDocumentVariationKnowledgeDocumentVariation | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._name = undefined;
      this._priority = undefined;
      this._body.internalValue = undefined;
      this._contexts.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._name = value.name;
      this._priority = value.priority;
      this._body.internalValue = value.body;
      this._contexts.internalValue = value.contexts;
    }
  }

  // document_version - computed: true, optional: false, required: false
  private _documentVersion = new KnowledgeDocumentVariationKnowledgeDocumentVariationDocumentVersionList(this, "document_version", false);
  public get documentVersion() {
    return this._documentVersion;
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

  // priority - computed: true, optional: true, required: false
  private _priority?: number; 
  public get priority() {
    return this.getNumberAttribute('priority');
  }
  public set priority(value: number) {
    this._priority = value;
  }
  public resetPriority() {
    this._priority = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get priorityInput() {
    return this._priority;
  }

  // body - computed: false, optional: true, required: false
  private _body = new KnowledgeDocumentVariationKnowledgeDocumentVariationBodyOutputReference(this, "body");
  public get body() {
    return this._body;
  }
  public putBody(value: KnowledgeDocumentVariationKnowledgeDocumentVariationBody) {
    this._body.internalValue = value;
  }
  public resetBody() {
    this._body.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bodyInput() {
    return this._body.internalValue;
  }

  // contexts - computed: false, optional: true, required: false
  private _contexts = new KnowledgeDocumentVariationKnowledgeDocumentVariationContextsList(this, "contexts", false);
  public get contexts() {
    return this._contexts;
  }
  public putContexts(value: KnowledgeDocumentVariationKnowledgeDocumentVariationContexts[] | cdktf.IResolvable) {
    this._contexts.internalValue = value;
  }
  public resetContexts() {
    this._contexts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get contextsInput() {
    return this._contexts.internalValue;
  }
}
