using TorchInterop.NN;
using F = TorchInterop.NN.Functional;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
#if LIBTORCH_2
        /// <summary><c>torch.nn.Transformer(d_model=512, nhead=8, num_encoder_layers=6, num_decoder_layers=6, dim_feedforward=2048, dropout=0.1, activation=relu, custom_encoder=None, custom_decoder=None, layer_norm_eps=1e-05, batch_first=False, norm_first=False, bias=True, dtype=None)</c></summary>
        public static Transformer Transformer(long d_model = 512, long nhead = 8, long num_encoder_layers = 6, long num_decoder_layers = 6,
            long dim_feedforward = 2048, double dropout = 0.1, string activation = "relu", TransformerEncoder? custom_encoder = null,
            TransformerDecoder? custom_decoder = null, double layer_norm_eps = 1e-5, bool batch_first = false, bool norm_first = false,
            bool bias = true, DType? dtype = null) =>
            new(d_model, nhead, num_encoder_layers, num_decoder_layers, dim_feedforward, dropout, activation, custom_encoder, custom_decoder,
                layer_norm_eps, batch_first, norm_first, bias, dtype);
#else
        /// <summary><c>torch.nn.Transformer(d_model=512, nhead=8, num_encoder_layers=6, num_decoder_layers=6, dim_feedforward=2048, dropout=0.1, activation=relu, custom_encoder=None, custom_decoder=None, layer_norm_eps=1e-05, batch_first=False, norm_first=False, dtype=None)</c></summary>
        public static Transformer Transformer(long d_model = 512, long nhead = 8, long num_encoder_layers = 6, long num_decoder_layers = 6,
            long dim_feedforward = 2048, double dropout = 0.1, string activation = "relu", TransformerEncoder? custom_encoder = null,
            TransformerDecoder? custom_decoder = null, double layer_norm_eps = 1e-5, bool batch_first = false, bool norm_first = false,
            DType? dtype = null) =>
            new(d_model, nhead, num_encoder_layers, num_decoder_layers, dim_feedforward, dropout, activation, custom_encoder, custom_decoder,
                layer_norm_eps, batch_first, norm_first, dtype: dtype);
#endif

        /// <summary><c>torch.nn.TransformerEncoder(encoder_layer, num_layers, norm=None, enable_nested_tensor=True, mask_check=True)</c></summary>
        public static TransformerEncoder TransformerEncoder(TransformerEncoderLayer encoder_layer, long num_layers, Module<Tensor, Tensor>? norm = null,
            bool enable_nested_tensor = true, bool mask_check = true) => new(encoder_layer, num_layers, norm, enable_nested_tensor, mask_check);

        /// <summary><c>torch.nn.TransformerDecoder(decoder_layer, num_layers, norm=None)</c></summary>
        public static TransformerDecoder TransformerDecoder(TransformerDecoderLayer decoder_layer, long num_layers, Module<Tensor, Tensor>? norm = null) =>
            new(decoder_layer, num_layers, norm);

        /// <summary><c>torch.nn.AdaptiveLogSoftmaxWithLoss(in_features, n_classes, cutoffs, div_value=4.0, head_bias=False, dtype=None)</c></summary>
        public static AdaptiveLogSoftmaxWithLoss AdaptiveLogSoftmaxWithLoss(long in_features, long n_classes, long[] cutoffs, double div_value = 4.0,
            bool head_bias = false, DType? dtype = null) => new(in_features, n_classes, cutoffs, div_value, head_bias, dtype);

        public static partial class functional
        {
#if LIBTORCH_2
            /// <summary>
            /// <c>F.multi_head_attention_forward(query, key, value, embed_dim_to_check, num_heads, in_proj_weight, in_proj_bias,
            /// bias_k, bias_v, add_zero_attn, dropout_p, out_proj_weight, out_proj_bias, training=True, key_padding_mask=None,
            /// need_weights=True, attn_mask=None, use_separate_proj_weight=False, q_proj_weight=None, k_proj_weight=None,
            /// v_proj_weight=None, static_k=None, static_v=None, average_attn_weights=True, is_causal=False)</c>
            /// </summary>
            public static (Tensor, Tensor?) multi_head_attention_forward(Tensor query, Tensor key, Tensor value, long embed_dim_to_check, long num_heads,
                Tensor? in_proj_weight, Tensor? in_proj_bias, Tensor? bias_k, Tensor? bias_v, bool add_zero_attn, double dropout_p,
                Tensor out_proj_weight, Tensor? out_proj_bias, bool training = true, Tensor? key_padding_mask = null, bool need_weights = true,
                Tensor? attn_mask = null, bool use_separate_proj_weight = false, Tensor? q_proj_weight = null, Tensor? k_proj_weight = null,
                Tensor? v_proj_weight = null, Tensor? static_k = null, Tensor? static_v = null, bool average_attn_weights = true, bool is_causal = false)
            {
                // 2.x: the hint needs the mask it describes; with weights or a padding mask the mask itself is used.
                if (is_causal && attn_mask is null)
                    throw new TorchException("Need attn_mask if specifying the is_causal hint. You may use the Transformer module method " +
                        "`generate_square_subsequent_mask` to create this mask.");
                return F.MultiHeadAttentionForward(query, key, value, embed_dim_to_check, num_heads, in_proj_weight, in_proj_bias, bias_k, bias_v,
                    add_zero_attn, dropout_p, out_proj_weight, out_proj_bias, training, key_padding_mask, need_weights, attn_mask,
                    use_separate_proj_weight, q_proj_weight, k_proj_weight, v_proj_weight, average_attn_weights, static_k, static_v, is_causal);
            }
#else
            /// <summary>
            /// <c>F.multi_head_attention_forward(query, key, value, embed_dim_to_check, num_heads, in_proj_weight, in_proj_bias,
            /// bias_k, bias_v, add_zero_attn, dropout_p, out_proj_weight, out_proj_bias, training=True, key_padding_mask=None,
            /// need_weights=True, attn_mask=None, use_separate_proj_weight=False, q_proj_weight=None, k_proj_weight=None,
            /// v_proj_weight=None, static_k=None, static_v=None, average_attn_weights=True)</c>
            /// </summary>
            public static (Tensor, Tensor?) multi_head_attention_forward(Tensor query, Tensor key, Tensor value, long embed_dim_to_check, long num_heads,
                Tensor? in_proj_weight, Tensor? in_proj_bias, Tensor? bias_k, Tensor? bias_v, bool add_zero_attn, double dropout_p,
                Tensor out_proj_weight, Tensor? out_proj_bias, bool training = true, Tensor? key_padding_mask = null, bool need_weights = true,
                Tensor? attn_mask = null, bool use_separate_proj_weight = false, Tensor? q_proj_weight = null, Tensor? k_proj_weight = null,
                Tensor? v_proj_weight = null, Tensor? static_k = null, Tensor? static_v = null, bool average_attn_weights = true) =>
                F.MultiHeadAttentionForward(query, key, value, embed_dim_to_check, num_heads, in_proj_weight, in_proj_bias, bias_k, bias_v,
                    add_zero_attn, dropout_p, out_proj_weight, out_proj_bias, training, key_padding_mask, need_weights, attn_mask,
                    use_separate_proj_weight, q_proj_weight, k_proj_weight, v_proj_weight, average_attn_weights, static_k, static_v);
#endif
        }
    }
}

/// <summary>The Python spellings of the transformer stacks' and the adaptive softmax's methods.</summary>
public static class TransformerExtensions
{
    extension(Transformer model)
    {
        /// <summary><c>model(src, tgt, src_mask=None, tgt_mask=None, memory_mask=None, src_key_padding_mask=None, tgt_key_padding_mask=None, memory_key_padding_mask=None)</c> (2.x adds the causal hints)</summary>
        public Tensor forward(Tensor src, Tensor tgt, Tensor? src_mask = null, Tensor? tgt_mask = null, Tensor? memory_mask = null,
            Tensor? src_key_padding_mask = null, Tensor? tgt_key_padding_mask = null, Tensor? memory_key_padding_mask = null,
            bool? src_is_causal = null, bool? tgt_is_causal = null, bool memory_is_causal = false) =>
            model.Forward(src, tgt, src_mask, tgt_mask, memory_mask, src_key_padding_mask, tgt_key_padding_mask, memory_key_padding_mask,
                src_is_causal, tgt_is_causal, memory_is_causal);

        /// <summary>Python's <c>model.encoder</c>.</summary>
        public TransformerEncoder encoder => model.Encoder;

        /// <summary>Python's <c>model.decoder</c>.</summary>
        public TransformerDecoder decoder => model.Decoder;

        /// <summary>Python's <c>model.d_model</c>.</summary>
        public long d_model => model.DModel;

        /// <summary>Python's <c>model.nhead</c>.</summary>
        public long nhead => model.Nhead;

        /// <summary>Python's <c>model.batch_first</c>.</summary>
        public bool batch_first => model.BatchFirst;
    }

    extension(Transformer)
    {
#if LIBTORCH_2
        /// <summary><c>nn.Transformer.generate_square_subsequent_mask(sz, device=None, dtype=None)</c></summary>
        public static Tensor generate_square_subsequent_mask(long sz, Device? device = null, DType? dtype = null) =>
            NN.Transformer.GenerateSquareSubsequentMask(sz, dtype);
#else
        /// <summary><c>nn.Transformer.generate_square_subsequent_mask(sz, device='cpu')</c></summary>
        public static Tensor generate_square_subsequent_mask(long sz, Device? device = null) => NN.Transformer.GenerateSquareSubsequentMask(sz);
#endif
    }

    extension(TransformerEncoder encoder)
    {
        /// <summary><c>encoder(src, mask=None, src_key_padding_mask=None, is_causal=None)</c> (the hint is 2.x's)</summary>
        public Tensor forward(Tensor src, Tensor? mask, Tensor? src_key_padding_mask = null, bool? is_causal = null) =>
            encoder.Forward(src, mask, src_key_padding_mask, is_causal);

        /// <summary>Python's <c>encoder.layers</c>.</summary>
        public ModuleList<TransformerEncoderLayer> layers => encoder.Layers;

        /// <summary>Python's <c>encoder.num_layers</c>.</summary>
        public long num_layers => encoder.NumLayers;

        /// <summary>Python's <c>encoder.norm</c>.</summary>
        public Module<Tensor, Tensor>? norm => encoder.Norm;

        /// <summary>Python's <c>encoder.enable_nested_tensor</c>.</summary>
        public bool enable_nested_tensor => encoder.EnableNestedTensor;

        /// <summary>Python's <c>encoder.mask_check</c>.</summary>
        public bool mask_check => encoder.MaskCheck;

#if LIBTORCH_2
        /// <summary>Python's <c>encoder.use_nested_tensor</c> (2.x).</summary>
        public bool use_nested_tensor => encoder.UseNestedTensor;
#endif
    }

    extension(TransformerDecoder decoder)
    {
        /// <summary><c>decoder(tgt, memory, tgt_mask=None, memory_mask=None, tgt_key_padding_mask=None, memory_key_padding_mask=None, tgt_is_causal=None, memory_is_causal=False)</c> (the hints are 2.x's)</summary>
        public Tensor forward(Tensor tgt, Tensor memory, Tensor? tgt_mask = null, Tensor? memory_mask = null, Tensor? tgt_key_padding_mask = null,
            Tensor? memory_key_padding_mask = null, bool? tgt_is_causal = null, bool memory_is_causal = false) =>
            decoder.Forward(tgt, memory, tgt_mask, memory_mask, tgt_key_padding_mask, memory_key_padding_mask, tgt_is_causal, memory_is_causal);

        /// <summary>Python's <c>decoder.layers</c>.</summary>
        public ModuleList<TransformerDecoderLayer> layers => decoder.Layers;

        /// <summary>Python's <c>decoder.num_layers</c>.</summary>
        public long num_layers => decoder.NumLayers;

        /// <summary>Python's <c>decoder.norm</c>.</summary>
        public Module<Tensor, Tensor>? norm => decoder.Norm;
    }

    extension(AdaptiveLogSoftmaxWithLoss asm)
    {
        /// <summary><c>output, loss = asm(input, target)</c></summary>
        public ASMOutput forward(Tensor input, Tensor target) => asm.Forward(input, target);

        /// <summary><c>asm.log_prob(input)</c></summary>
        public Tensor log_prob(Tensor input) => asm.LogProb(input);

        /// <summary><c>asm.predict(input)</c></summary>
        public Tensor predict(Tensor input) => asm.Predict(input);

        /// <summary><c>asm.reset_parameters()</c></summary>
        public void reset_parameters() => asm.ResetParameters();

        /// <summary>Python's <c>asm.cutoffs</c> (with n_classes appended).</summary>
        public IReadOnlyList<long> cutoffs => asm.Cutoffs;

        /// <summary>Python's <c>asm.shortlist_size</c>.</summary>
        public long shortlist_size => asm.ShortlistSize;

        /// <summary>Python's <c>asm.n_clusters</c>.</summary>
        public long n_clusters => asm.NClusters;

        /// <summary>Python's <c>asm.head_size</c>.</summary>
        public long head_size => asm.HeadSize;
    }

    extension(ASMOutput result)
    {
        /// <summary>Python's <c>result.output</c>.</summary>
        public Tensor output => result.Output;

        /// <summary>Python's <c>result.loss</c>.</summary>
        public Tensor loss => result.Loss;
    }
}
#pragma warning restore CS8981, IDE1006
