namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The weights of the structured perceptron and their running average. The average uses the
/// usual trick (Daumé 2006): alongside the weights w, keep u, the sum of each update times the step
/// it happened at; the average over c steps is then w − u / c, so averaging costs nothing per step.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly ViterbiDecoder _decoder;
    private readonly int _labelCount;
    private readonly float[] _weights;
    private readonly double[] _weightSteps;
    private readonly float[] _transitions;
    private readonly double[] _transitionSteps;
    private long _step = 1;

    private readonly float _margin;

    /// <param name="margin">
    /// Added to every wrong label's score while training decodes (cost-augmented decoding, as in
    /// structured SVMs and MIRA): a sentence counts as right only when the gold labels win by that
    /// margin per token, so updates continue on sentences the model gets right barely.
    /// </param>
    public AveragedPerceptron(int featureCount, ViterbiDecoder decoder, float margin = 0f)
    {
        _margin = margin;
        _decoder = decoder;
        _labelCount = decoder.LabelCount;
        _weights = new float[featureCount * _labelCount];
        _weightSteps = new double[_weights.Length];
        _transitions = new float[(_labelCount + 1) * _labelCount];
        _transitionSteps = new double[_transitions.Length];
    }

    /// <summary>
    /// One perceptron step on one sentence, leaving out the features naming the word of each token
    /// marked in <paramref name="forget"/>; true when the prediction was wrong and the weights moved.
    /// </summary>
    public bool Learn(NerTrainer.Example example, ReadOnlySpan<bool> forget)
    {
        var emissions = Emissions(example, forget);
        if (_margin > 0)
        {
            for (var t = 0; t < example.Length; t++)
            {
                for (var y = 0; y < _labelCount; y++)
                {
                    if (y != example.Labels[t])
                    {
                        emissions[t * _labelCount + y] += _margin;
                    }
                }
            }
        }
        var predicted = _decoder.Decode(emissions, _transitions, example.Length);
        var amount = example.Weight;
        var wrong = false;
        var previousGold = _labelCount;
        var previousPredicted = _labelCount;
        for (var t = 0; t < example.Length; t++)
        {
            var gold = example.Labels[t];
            var guess = predicted[t];
            if (gold != guess)
            {
                wrong = true;
                for (var k = forget[t] ? example.IdentityEnds[t] : example.Offsets[t]; k < example.Offsets[t + 1]; k++)
                {
                    var row = example.Features[k] * _labelCount;
                    Update(_weights, _weightSteps, row + gold, amount);
                    Update(_weights, _weightSteps, row + guess, -amount);
                }
            }
            if (gold != guess || previousGold != previousPredicted)
            {
                Update(_transitions, _transitionSteps, previousGold * _labelCount + gold, amount);
                Update(_transitions, _transitionSteps, previousPredicted * _labelCount + guess, -amount);
            }
            previousGold = gold;
            previousPredicted = guess;
        }
        _step++;
        return wrong;
    }

    public float[] AveragedWeights() => Average(_weights, _weightSteps);

    public float[] AveragedTransitions() => Average(_transitions, _transitionSteps);

    private float[] Emissions(NerTrainer.Example example, ReadOnlySpan<bool> forget)
    {
        var emissions = new float[example.Length * _labelCount];
        for (var t = 0; t < example.Length; t++)
        {
            var row = emissions.AsSpan(t * _labelCount, _labelCount);
            for (var k = forget[t] ? example.IdentityEnds[t] : example.Offsets[t]; k < example.Offsets[t + 1]; k++)
            {
                LabelScores.Add(row, _weights.AsSpan(example.Features[k] * _labelCount, _labelCount));
            }
        }
        return emissions;
    }

    private void Update(float[] weights, double[] steps, int index, float amount)
    {
        weights[index] += amount;
        steps[index] += _step * (double)amount;
    }

    private float[] Average(float[] weights, double[] steps)
    {
        var averaged = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            averaged[i] = (float)(weights[i] - steps[i] / _step);
        }
        return averaged;
    }
}
